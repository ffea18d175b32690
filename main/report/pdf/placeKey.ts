// The content-node property naming the model item a node shows (a key from
// shared/report/reportItems), read by placement.ts after layout. Its own module so the report's
// sections can mark nodes without loading pdfmake.
export const PLACE_KEY = 'placeKey';
