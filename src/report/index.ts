// Public exports of the report stage.
export {};
