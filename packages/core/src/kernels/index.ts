export type { CrossEntropyKernel, KernelOptions } from './arguments.ts';
export { crossEntropyForwardBackward } from './forward-backward.ts';
export { crossEntropyFused } from './fused.ts';
export { crossEntropyMultiPass } from './multi-pass.ts';
export { crossEntropyOnline } from './online.ts';
export { crossEntropySimd, simdKernelAvailable } from './simd.ts';
export { KERNEL_TOLERANCE } from './tolerance.ts';
