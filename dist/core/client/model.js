export const API_FLAVOURS = ["2024-07-01", "2023-06-01-preview", "classic"];
