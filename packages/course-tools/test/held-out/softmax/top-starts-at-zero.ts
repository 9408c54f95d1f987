// Expect: max-starts-at-zero
export function softmax(logits: number[]): number[] {
  let biggest = 0;
  logits.forEach((v) => {
    biggest = Math.max(biggest, v);
  });
  const ex = logits.map((v) => Math.exp(v - biggest));
  let s = 0;
  for (const x of ex) s += x;
  return ex.map((x) => x / s);
}
