/**
 * The catalogue of misconceptions: what a learner most likely believes when their code fails in a
 * recognisable way. Each wrong implementation in `wrong/<id>/` names one of these ids on its
 * `Misconception:` line; the grader diagnoses a failing exercise by comparing the learner's outputs on
 * fixed probes with what those wrong implementations return there (`checks/support/diagnose.ts`).
 *
 * A nudge is the question a tutor would ask: it points at the belief, never at the fix or the code.
 */

/** A misconception as the learner reads it: a one-line title and a question. */
export interface Misconception {
  id: string;
  title: string;
  nudge: string;
}

/** A misconception of one exercise, with the key of the lesson section (in its manifest `sections`) to reread. */
export interface CatalogueEntry extends Misconception {
  section: string;
  /** Recognised by the exercise's checks only (its one symptom is running time, which no probe shows): never diagnosed. */
  checksOnly?: true;
}

/** Misconceptions any exercise may show; an exercise lists the ones it can show, with its own section. */
export const SHARED = {
  'mutates-input': {
    title: 'Changes the caller’s array',
    nudge:
      'After your function returns, is the array the caller passed in still the one they gave you?',
  },
  'sum-instead-of-mean': {
    title: 'A sum where the course asks for a mean',
    nudge:
      'On a batch of N examples your answer is N times too large. Should the batch size change how large the loss of one example looks?',
  },
  'no-max-shift': {
    title: 'Overflow for large logits',
    nudge:
      'What does Math.exp(1000) give in float64, and which shift of the logits leaves the result unchanged but keeps every exponent small?',
  },
  'naive-log': {
    title: 'The log of a probability that underflows',
    nudge:
      'When a probability rounds to exactly 0, what is its log? Is there a way to get the log without ever forming the probability?',
  },
  'clamps-values': {
    title: 'Clipped values “for safety”',
    nudge:
      'Your tiny probabilities come out as the same small constant. Does a probability of 1e-30 really need to be moved, and what does moving it do to the rest?',
  },
  'divides-by-classes': {
    title: 'Divides by the number of classes',
    nudge:
      'Your answer is K times too small for K classes. What is the mean taken over: the examples, or the classes as well?',
  },
} as const satisfies Record<string, Omit<Misconception, 'id'>>;

/** The id of a shared misconception. */
export type SharedId = keyof typeof SHARED;

/** An exercise's entry: a shared misconception with its section, or one of its own. */
type Entry = { shared: SharedId; section: string } | CatalogueEntry;

/** Each exercise's misconceptions, in the order a tie between two is broken. */
export const CATALOGUE: Record<string, readonly Entry[]> = {
  softmax: [
    { shared: 'no-max-shift', section: 'overflow' },
    { shared: 'mutates-input', section: 'properties' },
    { shared: 'clamps-values', section: 'properties' },
    {
      id: 'shift-by-min',
      title: 'Shifts by the smallest logit',
      nudge:
        'Moving every logit by the same amount changes nothing, but which amount leaves every exponent at most 0?',
      section: 'overflow',
    },
    {
      id: 'masked-class-nan',
      title: 'NaN for a −∞ logit',
      nudge:
        'A logit of −∞ marks an impossible class. What does your formula compute for it: is −∞ − (−∞) a number?',
      section: 'overflow',
    },
    {
      id: 'max-starts-at-zero',
      title: 'The running maximum starts at 0',
      nudge:
        'If every logit is below −800, what is the largest one, and what does your code take as the largest?',
      section: 'overflow',
    },
    {
      id: 'not-normalised',
      title: 'Weights that are never turned into probabilities',
      nudge:
        'Your largest value is always exactly 1, and your values do not add up to 1. What makes a list of positive weights a probability distribution?',
      section: 'properties',
    },
    {
      id: 'negated-exponent',
      title: 'Larger logits get smaller probabilities',
      nudge:
        'Which logit gets your largest probability: the largest or the smallest? What sign does the exponent need?',
      section: 'properties',
    },
    {
      id: 'returns-log-probabilities',
      title: 'Log-probabilities instead of probabilities',
      nudge: 'Your outputs are negative. Which quantity is that: p, or log p?',
      section: 'properties',
    },
  ],
  'ce-backward': [
    { shared: 'sum-instead-of-mean', section: 'batchMean' },
    { shared: 'divides-by-classes', section: 'batchMean' },
    { shared: 'no-max-shift', section: 'formula' },
    { shared: 'mutates-input', section: 'formula' },
    {
      id: 'sign-flipped',
      title: 'The gradient points the wrong way',
      nudge:
        'At the true class, should a step of gradient descent raise or lower its logit, and what sign does your gradient give it?',
      section: 'formula',
    },
    {
      id: 'only-true-class',
      title: 'Only the true class gets a gradient',
      nudge:
        'Raising a wrong class’s logit raises the loss too. Why would its gradient entry be 0?',
      section: 'formula',
    },
    {
      id: 'gradient-wrt-probabilities',
      title: 'The gradient with respect to the probabilities, not the logits',
      nudge:
        'You differentiated −log p with respect to p. The function takes logits: what does the softmax in between add by the chain rule?',
      section: 'formula',
    },
    {
      id: 'one-hot-not-subtracted',
      title: 'The target is never subtracted',
      nudge: 'Your gradient rows sum to 1, not 0. Where does the label enter the gradient?',
      section: 'formula',
    },
    {
      id: 'label-taken-as-row-index',
      title: 'The label taken from the row number',
      nudge:
        'Which class is the right answer for example n: the n-th class, or the one its label names?',
      section: 'formula',
    },
    {
      id: 'log-probabilities-for-probabilities',
      title: 'log p where p belongs',
      nudge:
        'Your entries are below −1. The gradient is a difference of two probability vectors: is log p a probability?',
      section: 'formula',
    },
  ],
  'label-smoothing': [
    { shared: 'sum-instead-of-mean', section: 'loss' },
    { shared: 'divides-by-classes', section: 'loss' },
    { shared: 'naive-log', section: 'loss' },
    { shared: 'mutates-input', section: 'loss' },
    {
      id: 'smoothing-not-applied',
      title: 'The loss ignores the smoothing',
      nudge:
        'Your loss is the same for every ε. Which targets is it measured against: the one-hot labels or the smoothed ones?',
      section: 'loss',
    },
    {
      id: 'eps-over-k-minus-one',
      title: 'ε spread over the wrong classes only',
      nudge:
        'With ε = 1 the label should tell nothing: is your target then uniform over all K classes, the true one included?',
      section: 'targets',
    },
    {
      id: 'true-class-gets-no-share',
      title: 'The true class gets no share of ε',
      nudge:
        'Does your smoothed row still sum to 1? The uniform part goes to every class: which one did you leave out?',
      section: 'targets',
    },
    {
      id: 'full-epsilon-per-class',
      title: 'Every class gets all of ε',
      nudge: 'Your rows sum to more than 1. How much of ε should each of the K classes receive?',
      section: 'targets',
    },
  ],
  'focal-loss': [
    { shared: 'sum-instead-of-mean', section: 'modulatingFactor' },
    { shared: 'naive-log', section: 'stableLogits' },
    { shared: 'mutates-input', section: 'modulatingFactor' },
    {
      id: 'alpha-swapped',
      title: 'α and 1 − α swapped',
      nudge:
        'With α = 0.25, which elements should get the weight 0.25: the positives or the negatives?',
      section: 'alpha',
    },
    {
      id: 'alpha-on-every-term',
      title: 'α on every element',
      nudge: 'Is the weight of a negative element α, or something that depends on its target?',
      section: 'alpha',
    },
    {
      id: 'gamma-ignored',
      title: 'The modulating factor is missing',
      nudge:
        'Your loss does not change with γ. Which factor should shrink the loss of examples the model already gets right?',
      section: 'modulatingFactor',
    },
    {
      id: 'modulating-factor-on-wrong-term',
      title: 'The modulating factor grows with confidence',
      nudge:
        'For a confident, correct prediction should the factor be near 1 or near 0? Which probability is raised to γ in yours?',
      section: 'modulatingFactor',
    },
    {
      id: 'negative-alpha-not-disabled',
      title: 'A negative α still weights',
      nudge: 'What should α = −1 mean? Does your code treat it differently from α = 0.25?',
      section: 'alpha',
    },
    {
      id: 'wrong-defaults',
      title: 'Different default α and γ',
      nudge:
        'Called with only logits and targets, which α and γ does your function use, and which does torchvision use?',
      section: 'alpha',
    },
  ],
  'temperature-scaling': [
    { shared: 'no-max-shift', section: 'temperature' },
    { shared: 'clamps-values', section: 'temperature' },
    { shared: 'mutates-input', section: 'calibration' },
    {
      id: 'multiplies-by-temperature',
      title: 'The logits multiplied by T instead of divided',
      nudge:
        'Your temperature is about 1 over the right one. Does a temperature above 1 make softmax(z / T) flatter or sharper, and what does yours do?',
      section: 'temperature',
    },
    {
      id: 'stops-short-of-minimum',
      title: 'A search that stops before the minimum',
      nudge:
        'Your T is close but not the minimiser. How precisely does your search locate the lowest NLL, and how precisely does the course ask for it?',
      section: 'temperature',
    },
    {
      id: 'ece-unweighted-bins',
      title: 'Every bin counts the same in the ECE',
      nudge:
        'A bin with one prediction and a bin with a thousand: should their gaps count equally in the expected calibration error?',
      section: 'calibration',
    },
    {
      id: 'ece-bins-closed-on-left',
      title: 'A confidence on a bin edge lands in the wrong bin',
      nudge:
        'Which bin holds a confidence of exactly 0.6 with 5 bins, and which one holds a confidence of exactly 1?',
      section: 'calibration',
    },
    {
      id: 'confidence-of-true-class',
      title: 'The probability of the label taken as the confidence',
      nudge:
        'The confidence of a prediction is about what the model predicts. Does it depend on which label turns out to be right?',
      section: 'calibration',
    },
    {
      id: 'last-index-argmax',
      title: 'A tie predicts the last of the largest probabilities',
      nudge:
        'When two classes share the largest probability, which one is the prediction: the first or the last?',
      section: 'calibration',
    },
  ],
  'gradient-check': [
    { shared: 'mutates-input', section: 'commonMistakes' },
    {
      id: 'divides-by-h',
      title: 'Every slope twice too large',
      nudge:
        'How far apart are the two points where you evaluate f, and over what distance does your slope spread the rise between them?',
      section: 'gradientChecking',
    },
    {
      id: 'one-sided-difference',
      title: 'A one-sided difference',
      nudge:
        'Your slopes are off by an amount that grows with h. On which sides of x do you evaluate f, and what happens to the curvature of f in the difference?',
      section: 'gradientChecking',
    },
    {
      id: 'nudges-accumulate',
      title: 'Earlier nudges are never undone',
      nudge:
        'When you evaluate f for coordinate i, where are the coordinates you nudged before it?',
      section: 'commonMistakes',
    },
    {
      id: 'ignores-step',
      title: 'The step it is given is not used',
      nudge: 'Called with h = 0.1, does your answer differ at all from a call with no h?',
      section: 'commonMistakes',
    },
    {
      id: 'tiny-step',
      title: 'A default step so small that rounding takes over',
      nudge:
        'f(x + h) and f(x − h) are each rounded to about 16 significant digits. With a very small h, how many digits of their difference are left?',
      section: 'commonMistakes',
    },
    {
      id: 'averages-errors',
      title: 'The errors of the entries averaged',
      nudge:
        'If one entry of a thousand is completely wrong, how large does your error come out, and should a gradient check let that pass?',
      section: 'gradientChecking',
    },
    {
      id: 'wrong-denominator',
      title: 'The difference measured against the wrong size',
      nudge:
        'Does your error stay the same when you swap a and b, and can it ever come out negative?',
      section: 'gradientChecking',
    },
    {
      id: 'zero-over-zero',
      title: 'NaN where two entries are both 0',
      nudge: 'Two entries of 0 agree perfectly. What does your formula compute for them?',
      section: 'gradientChecking',
    },
    {
      id: 'empty-input',
      title: 'No sensible answer for two empty gradients',
      nudge:
        'What is the largest of no numbers at all in JavaScript, and how far apart are two empty gradients?',
      section: 'gradientChecking',
    },
  ],
  'binary-cross-entropy': [
    { shared: 'sum-instead-of-mean', section: 'definition' },
    { shared: 'naive-log', section: 'naiveLog' },
    { shared: 'no-max-shift', section: 'stable' },
    { shared: 'clamps-values', section: 'clipping' },
    { shared: 'mutates-input', section: 'definition' },
    {
      id: 'pos-weight-on-wrong-term',
      title: 'posWeight weights the wrong examples',
      nudge:
        'Which examples should posWeight make count more: the positives, the negatives, or all of them? Which ones does yours scale?',
      section: 'posWeight',
    },
    {
      id: 'hard-targets-only',
      title: 'Soft targets read as 0 or 1',
      nudge:
        'A target of 0.3 says “30 % positive”. How much of each of the two terms does your loss take for it?',
      section: 'definition',
    },
  ],
  'class-weights': [
    { shared: 'naive-log', section: 'stable' },
    { shared: 'no-max-shift', section: 'stable' },
    { shared: 'mutates-input', section: 'masking' },
    {
      id: 'divides-by-row-count',
      title: 'Divides by the number of rows, not by their weight',
      nudge: 'If every weight is multiplied by 10, should the loss change? Does yours?',
      section: 'weightedMean',
    },
    {
      id: 'weight-of-wrong-class',
      title: 'Each row weighted by its position, not its class',
      nudge:
        'There is one weight per class. Which of them does row n get in your loss: the one of its label, or another?',
      section: 'classWeights',
    },
    {
      id: 'ignore-index-hard-coded',
      title: 'The ignored label is always −100',
      nudge: 'Called with ignoreIndex = 1, which rows does your loss leave out?',
      section: 'masking',
    },
    {
      id: 'ignored-label-used',
      title: 'An ignored row still reaches the total',
      nudge:
        'An ignored label such as −100 is not a class. What is weights[−100], and what is 0 times that?',
      section: 'masking',
    },
    {
      id: 'all-ignored-returns-zero',
      title: 'A loss of 0 when every target is ignored',
      nudge:
        'When every target is ignored, how many examples is the mean taken over, and is a loss of 0 an honest answer for that batch?',
      section: 'allIgnored',
    },
  ],
  information: [
    { shared: 'mutates-input', section: 'entropy' },
    { shared: 'clamps-values', section: 'crossEntropy' },
    {
      id: 'bits-instead-of-nats',
      title: 'Bits where the course asks for nats',
      nudge:
        'A fair coin comes out as 1 in your entropy, not about 0.693. Which base does the course take its logarithms in?',
      section: 'entropy',
    },
    {
      id: 'zero-log-zero-nan',
      title: 'NaN for an outcome that never happens',
      nudge:
        'What does 0 · ln 0 give in floating point, and how much should an outcome with probability 0 add to the surprise?',
      section: 'entropy',
    },
    {
      id: 'swapped-arguments',
      title: 'y and p trade places in the cross-entropy',
      nudge:
        'In H(y, p), whose probabilities say how often each outcome happens, and whose code do you pay for it with?',
      section: 'crossEntropy',
    },
    {
      id: 'kl-equals-cross-entropy',
      title: 'The cross-entropy returned as the KL divergence',
      nudge:
        'What is your KL divergence of a distribution from itself? Which part of the cost of p’s code is extra, and which would you pay with y’s own code?',
      section: 'kl',
    },
    {
      id: 'sign-flipped',
      title: 'A negative KL divergence',
      nudge:
        'Can coding with p’s code ever cost less than coding with y’s own? What does a negative answer of yours claim?',
      section: 'kl',
    },
    {
      id: 'ignores-impossible-outcomes',
      title: 'An outcome the model rules out costs nothing',
      nudge:
        'If the model gives probability 0 to something that then happens, how surprised is it, and what does your sum add for that outcome?',
      section: 'kl',
    },
  ],
  'log-softmax': [
    { shared: 'no-max-shift', section: 'lse' },
    { shared: 'naive-log', section: 'problem' },
    { shared: 'mutates-input', section: 'lse' },
    { shared: 'clamps-values', section: 'problem' },
    {
      id: 'shift-by-min',
      title: 'Shifts by the smallest value',
      nudge:
        'Taking the same factor out of every term changes nothing, but which factor leaves every exponent at most 0?',
      section: 'lse',
    },
    {
      id: 'forgets-max-back',
      title: 'The shift is never added back',
      nudge:
        'You took e^m out of every term of the sum. Where did that factor go once you took the logarithm?',
      section: 'lse',
    },
    {
      id: 'forgets-normaliser',
      title: 'Shifted logits taken for log-probabilities',
      nudge:
        'Your largest log-probability is always exactly 0, so its probability is 1. What about the others: do your probabilities still add up to 1?',
      section: 'lse',
    },
    {
      id: 'fully-masked-nan',
      title: 'NaN when every value is −∞',
      nudge:
        'If every entry is −∞, what is the sum of their exponentials, and what does your shift compute: is −∞ − (−∞) a number?',
      section: 'masking',
    },
  ],
  'cross-entropy': [
    { shared: 'sum-instead-of-mean', section: 'batch' },
    { shared: 'no-max-shift', section: 'oneExample' },
    { shared: 'naive-log', section: 'oneExample' },
    { shared: 'clamps-values', section: 'growth' },
    { shared: 'mutates-input', section: 'oneExample' },
    {
      id: 'scores-the-prediction',
      title: 'The loss of the predicted class, not the true one',
      nudge:
        'When the model is confidently wrong, should its loss be small or large? Which class’s surprise does your loss measure?',
      section: 'oneExample',
    },
    {
      id: 'forgets-normaliser',
      title: 'Raw logits taken for log-probabilities',
      nudge:
        'Your loss can be negative. Is a logit already a log-probability, or does something have to happen to the whole row first?',
      section: 'oneExample',
    },
    {
      id: 'averages-perplexities',
      title: 'The mean of the examples’ perplexities',
      nudge:
        'Is the perplexity of a batch built from its mean loss, or from each example on its own? Does the exponential of a mean equal the mean of the exponentials?',
      section: 'perplexity',
    },
    {
      id: 'bits-instead-of-nats',
      title: 'Perplexity in base 2 for a loss in nats',
      nudge:
        'A model that spreads its bets evenly over 4 classes should have a perplexity of 4. Which base undoes the natural logarithm in your loss?',
      section: 'perplexity',
    },
    {
      id: 'product-underflow',
      title: 'A product of probabilities that underflows',
      nudge:
        'What is the product of a few dozen small probabilities in float64? Could you get the same geometric mean without ever forming that product?',
      section: 'perplexity',
    },
  ],
  'train-classifier': [
    { shared: 'mutates-input', section: 'loop' },
    { shared: 'sum-instead-of-mean', section: 'gradient' },
    {
      id: 'bias-not-trained',
      title: 'The bias never moves',
      nudge:
        'Your weights change from epoch to epoch but your bias stays at 0. Is the bias a parameter of the loss like the weights are?',
      section: 'gradient',
    },
    {
      id: 'sign-flipped',
      title: 'Steps up the gradient',
      nudge:
        'Your loss grows from one epoch to the next. Does the gradient point towards a smaller loss or a larger one?',
      section: 'gradient',
    },
    {
      id: 'label-index-confused',
      title: 'The target of the wrong class',
      nudge:
        'For the example in row n, which class does its one-hot target mark: the one its label names, or another?',
      section: 'gradient',
    },
    {
      id: 'loss-after-update',
      title: 'Each loss is one epoch late',
      nudge:
        'Before any update every class is equally likely, so what must the first loss be? Which model does each recorded loss belong to?',
      section: 'loop',
    },
    {
      id: 'nonzero-init',
      title: 'Starts from weights that are not zero',
      nudge:
        'The course starts softmax regression from all zeros. What does the first loss equal then, and what does it equal for your starting weights?',
      section: 'loop',
    },
    {
      id: 'weights-transposed',
      title: 'One weight row per feature instead of per class',
      nudge:
        'How many rows does your weight matrix have, and what does each row stand for in the model’s logits?',
      section: 'model',
    },
    {
      id: 'ties-to-last',
      title: 'A tie goes to the last class',
      nudge:
        'When two classes share the largest logit, which of them does your comparison keep: the first one it met, or the last?',
      section: 'predict',
    },
  ],
  'online-softmax': [
    { shared: 'no-max-shift', section: 'stable' },
    { shared: 'mutates-input', section: 'online' },
    {
      id: 'forgets-rescale',
      title: 'A sum kept against an old maximum',
      nudge:
        'Each term of your running sum was measured against the maximum at the time it was added. When a larger value arrives, is the sum still measured against the right one?',
      section: 'online',
    },
    {
      id: 'reads-stream-twice',
      title: 'Reads the stream twice',
      nudge:
        'Your code loops over the values more than once. What is left in a stream that has already been read to its end?',
      section: 'online',
    },
    {
      id: 'infinity-minus-infinity',
      title: 'NaN from −∞ − (−∞)',
      nudge:
        'Before any finite value has arrived, your maximum is −∞. What is −∞ − (−∞), and what does that do to the sum?',
      section: 'online',
    },
    {
      id: 'merge-without-rescaling',
      title: 'Adds two sums measured against different maxima',
      nudge:
        'Each state’s sum is relative to its own maximum. Can two such sums be added before they are relative to the same one?',
      section: 'online',
    },
    {
      id: 'recomputes-from-scratch',
      title: 'Recomputes everything after each value',
      nudge:
        'How much work does your loop do for the millionth value compared with the first? What do you need to keep from the values already seen?',
      section: 'online',
      checksOnly: true,
    },
  ],
};

/** The misconceptions of an exercise, resolved ([] for an exercise with none catalogued). */
export function misconceptionsOf(exerciseId: string): CatalogueEntry[] {
  return (CATALOGUE[exerciseId] ?? []).map((entry) =>
    'shared' in entry
      ? { id: entry.shared, ...SHARED[entry.shared], section: entry.section }
      : entry,
  );
}
