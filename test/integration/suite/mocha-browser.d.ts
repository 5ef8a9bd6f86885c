declare module 'mocha/mocha.js' {
  const mocha: unknown;
  export default mocha;
}
