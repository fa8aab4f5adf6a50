export { demoStoreModel } from './demo-store-model.js';
