// Readable text report of quote checks (placeholder until it lands).
export {};
