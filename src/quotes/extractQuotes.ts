// Quote extraction (placeholder until it lands).
export {};
