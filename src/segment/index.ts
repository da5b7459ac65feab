// Public exports of the segmentation stage (owned by the segment work).
export {};
