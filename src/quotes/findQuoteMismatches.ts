// Quote checking (placeholder until it lands).
export {};
