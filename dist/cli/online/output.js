import { println } from "../io.js";
export function outputFor(values, io) {
    const json = values.json === true;
    return {
        json,
        line: (text = "") => {
            if (!json)
                println(io.stdout, text);
        },
        document: (value) => {
            if (json)
                println(io.stdout, JSON.stringify(value, null, 2));
        },
        progress: (event) => {
            if (!json)
                println(io.stderr, `… ${event.message}`);
        },
        note: (text) => {
            if (!json)
                println(io.stderr, text);
        },
    };
}
