// Generated at build time by esbuild.mjs (see scripts/); typed where they are imported.
declare module '*/out/kb.precompiled.json' {
  const value: unknown;
  export default value;
}
declare module '*/out/kb.sounds.json' {
  const value: unknown;
  export default value;
}
declare module '*/out/kb.literal.json' {
  const value: unknown;
  export default value;
}
declare module '*/out/kb.readings.json' {
  const value: unknown;
  export default value;
}
declare module '*/out/kb.details.json' {
  const value: unknown;
  export default value;
}
