// Public exports of the quotes stage.
export {};
