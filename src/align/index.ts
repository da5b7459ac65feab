// Public exports of the align stage.
export {};
