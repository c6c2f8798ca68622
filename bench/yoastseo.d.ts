// yoastseo ships no types; the bench reads the two classes it uses through a narrow interface.
declare module "yoastseo" {
  const yoast: unknown;
  export default yoast;
}
