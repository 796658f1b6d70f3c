export function reporter(listener) {
    return (event) => {
        try {
            listener?.(event);
        }
        catch {
            // A listener's failure must not break a governance flow half-way.
        }
    };
}
