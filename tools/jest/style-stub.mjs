// Stylesheets imported by components (`import './queue.css'`): nothing to load in tests.
export default {};
