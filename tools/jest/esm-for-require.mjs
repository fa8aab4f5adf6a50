// Jest transform for NestJS's ES modules when a CommonJS package require()s them (tools/jest/projects.mjs):
// compiled to CommonJS by swc then; imported as ES modules, they are left exactly as they are.
import swcJest from '@swc/jest';

const swc = swcJest.createTransformer({ jsc: { parser: { syntax: 'ecmascript' }, target: 'es2023' } });

export default {
  process(source, filename, options) {
    return options.supportsStaticESM ? { code: source } : swc.process(source, filename, options);
  },
  getCacheKey(source, filename, options) {
    return `${options.supportsStaticESM ? 'esm' : 'cjs'}:${swc.getCacheKey(source, filename, options)}`;
  },
};
