"""Writes the golden files large_logits.json, weights_and_masks.json, temperature.json and
softmax_regression.json beside this folder, with PyTorch in float64.

Run from packages/core, after `node test/golden/generate/export-blobs.mjs` (which writes
blobs.json, the datasets of the softmax-regression runs):

    /usr/bin/python3 test/golden/generate/generate.py
"""

import json
import math
import os

import torch
import torch.nn.functional as F

SEED = 20261129
HERE = os.path.dirname(os.path.abspath(__file__))
GOLDEN = os.path.dirname(HERE)
GENERATOR = f"PyTorch {torch.__version__}, float64"
STRINGS = "'Infinity', '-Infinity' and 'NaN' stand for the IEEE values"

torch.manual_seed(SEED)
f64 = torch.float64


def plain(value):
    """Floats and nested lists with the IEEE specials as strings."""
    if isinstance(value, torch.Tensor):
        value = value.tolist()
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "Infinity" if value > 0 else "-Infinity"
    return value


def write(name, conventions, cases):
    data = {"generator": GENERATOR, "seed": SEED, "conventions": conventions, "cases": cases}
    with open(os.path.join(GOLDEN, name), "w") as f:
        json.dump(plain(data), f, separators=(",", ":"))
        f.write("\n")


def tensor(rows):
    return torch.tensor(rows, dtype=f64)


# large_logits.json: the softmax family and cross-entropy at |z| ≈ 1e6, where zᵢ − LSE(z)
# cancels and (zᵢ − max) − log Σ e^(z − max) does not.
def large_logit_rows():
    rows = [
        [1e6, 1e6 - 5],
        [-1e6, -1e6 - 5, -1e6 + 3],
        [1e6, -1e6],
        [1e6, 1e6 - 1000, 1e6 - 1e-3],
        [-1e6, float("-inf"), -1e6 + 0.5],
    ]
    for scale in (1e5, 1e6):
        for k in (2, 5, 10):
            center = scale * (2 * torch.rand(1, dtype=f64).item() - 1)
            rows.append((center + 4 * torch.randn(k, dtype=f64)).tolist())
    return rows


def large_logits():
    cases = []
    for row in large_logit_rows():
        z = tensor([row])
        cases.append({"op": "log_softmax", "input": {"logits": [row]}, "output": torch.log_softmax(z, 1)})
        cases.append({"op": "logsumexp", "input": {"logits": [row]}, "output": torch.logsumexp(z, 1)})
    # The case first, then batches of large rows (targets on finite logits).
    batches = [([[1e6, 1e6 - 5]], [0]), ([[1e6, 1e6 - 5]], [1]), ([[1e6, 1e6 - 1000]], [1])]
    rows = [r for r in large_logit_rows() if all(math.isfinite(v) for v in r)]
    for k in (2, 5, 10):
        same = [r for r in rows if len(r) == k]
        batches.append((same, torch.randint(0, k, (len(same),)).tolist()))
    for logits, target in batches:
        z = tensor(logits).requires_grad_(True)
        t = torch.tensor(target)
        loss = F.cross_entropy(z, t)
        loss.backward()
        cases.append({
            "op": "cross_entropy",
            "input": {"logits": logits, "target": target, "weight": None, "ignore_index": -100,
                      "label_smoothing": 0.0, "reduction": "mean"},
            "output": loss.item(),
            "grad_logits_of_sum": z.grad,
        })
        cases.append({"op": "perplexity", "input": {"logits": logits, "target": target},
                      "output": torch.exp(F.cross_entropy(tensor(logits), t)).item()})
    # Perplexity overflows to Infinity when the mean loss exceeds log(max double) ≈ 709.8.
    cases.append({"op": "perplexity", "input": {"logits": [[0.0, 800.0]], "target": [0]},
                  "output": torch.exp(F.cross_entropy(tensor([[0.0, 800.0]]), torch.tensor([0]))).item()})
    write("large_logits.json", {
        "rows": "log_softmax and logsumexp apply to each row of 'logits'",
        "cross_entropy": "torch.nn.functional.cross_entropy, mean over the batch; grad_logits_of_sum is the gradient of that mean",
        "perplexity": "torch.exp(torch.nn.functional.cross_entropy(logits, target)), the mean over the batch",
        "strings": STRINGS,
    }, cases)


# weights_and_masks.json: a scalar pos_weight with |x| up to 1e4, and class weights with
# ignore_index, including batches where every row is ignored (PyTorch's mean is then NaN).
def weights_and_masks():
    cases = []
    for n, scale, pos_weight, reduction in [
        (6, 1e4, 3.0, "mean"), (6, 1e4, 0.25, "mean"), (8, 50.0, 2.5, "mean"),
        (5, 1e3, 1.0, "sum"), (5, 1e4, 7.0, "none"), (4, 1e4, 0.5, "mean"),
    ]:
        logits = (scale * (2 * torch.rand(n, dtype=f64) - 1)).tolist()
        logits[0] = scale
        logits[1] = -scale
        target = torch.rand(n, dtype=f64)
        target[:3] = tensor([1.0, 0.0, 1.0])
        target = target.tolist()
        x = tensor(logits).requires_grad_(True)
        loss = F.binary_cross_entropy_with_logits(
            x, tensor(target), pos_weight=torch.tensor(pos_weight, dtype=f64), reduction=reduction)
        loss.sum().backward()
        cases.append({
            "op": "binary_cross_entropy_with_logits",
            "input": {"logits": logits, "target": target, "pos_weight": pos_weight, "reduction": reduction},
            "output": loss,
            "grad_logits_of_sum": x.grad,
        })
    specs = [
        # (rows, classes, ignore_index, which rows are ignored, logit scale)
        (5, 3, -100, [1, 3], 5.0),
        (4, 3, -100, [0, 1, 2, 3], 5.0),
        (3, 4, 255, [0, 1, 2], 1e6),
        (6, 4, 2, [], 1e6),
        (5, 3, -1, [4], 1e6),
        (1, 2, -100, [0], 1.0),
    ]
    for rows, classes, ignore_index, ignored, scale in specs:
        center = scale * torch.rand(1, dtype=f64).item()
        logits = (center + 3 * torch.randn(rows, classes, dtype=f64)).tolist()
        target = torch.randint(0, classes, (rows,)).tolist()
        if ignore_index in range(classes):
            target = [t if t != ignore_index else (t + 1) % classes for t in target]
            ignored = [r for r in range(rows) if r % 2 == 0]
        for r in ignored:
            target[r] = ignore_index
        weight = (0.2 + 2 * torch.rand(classes, dtype=f64)).tolist()
        z = tensor(logits).requires_grad_(True)
        loss = F.cross_entropy(z, torch.tensor(target), weight=tensor(weight), ignore_index=ignore_index)
        loss.backward()
        cases.append({
            "op": "cross_entropy",
            "input": {"logits": logits, "target": target, "weight": weight, "ignore_index": ignore_index,
                      "label_smoothing": 0.0, "reduction": "mean"},
            "output": loss.item(),
            "grad_logits_of_sum": z.grad,
        })
    write("weights_and_masks.json", {
        "binary_cross_entropy_with_logits": "torch.nn.functional.binary_cross_entropy_with_logits with a scalar pos_weight; grad_logits_of_sum is the gradient of the sum of the output",
        "cross_entropy": "torch.nn.functional.cross_entropy(weight, ignore_index, reduction='mean'): the weighted mean over the rows not ignored, NaN when every row is ignored; a label equal to ignore_index may lie outside [0, C)",
        "grad_when_all_ignored": "PyTorch's gradient when every row is ignored, as it computes it",
        "strings": STRINGS,
    }, cases)


# temperature.json: the T > 0 minimising the mean NLL of softmax(z / T), by L-BFGS on log T.
def fit_temperature(logits, target):
    log_t = torch.zeros(1, dtype=f64, requires_grad=True)
    opt = torch.optim.LBFGS([log_t], lr=1, max_iter=1000, tolerance_grad=1e-15,
                            tolerance_change=1e-30, history_size=20, line_search_fn="strong_wolfe")

    def closure():
        opt.zero_grad()
        loss = F.cross_entropy(logits / torch.exp(log_t), target)
        loss.backward()
        return loss

    for _ in range(5):
        opt.step(closure)
    t = torch.exp(log_t.detach()).requires_grad_(True)
    loss = F.cross_entropy(logits / t, target)
    (grad,) = torch.autograd.grad(loss, t)
    return t.item(), loss.item(), grad.item()


def temperature():
    cases = []
    # logits = sharpness · (noise · N(0, 1) + onehot(target)): sharp logits want T > 1, soft ones T < 1.
    for rows, classes, sharpness, noise in [
        (40, 3, 6.0, 1.0), (60, 5, 0.4, 0.6), (30, 2, 3.0, 2.0), (80, 10, 12.0, 0.8), (25, 4, 1.0, 0.5),
        (50, 3, 0.05, 1.0),
    ]:
        target = torch.randint(0, classes, (rows,))
        logits = noise * torch.randn(rows, classes, dtype=f64)
        logits[torch.arange(rows), target] += 1
        logits *= sharpness
        assert (logits.argmax(1) != target).any(), "needs a misclassified row, or no finite T minimises"
        t, loss, grad = fit_temperature(logits, target)
        cases.append({"op": "fit_temperature", "input": {"logits": logits, "target": target.tolist()},
                      "output": t, "loss_at_output": loss, "dloss_dT_at_output": grad})
    write("temperature.json", {
        "fit_temperature": "the T > 0 minimising torch.nn.functional.cross_entropy(logits / T, target) (mean), found by torch.optim.LBFGS on log T (strong Wolfe line search, tolerance_grad 1e-15, five restarts from its own result); dloss_dT_at_output is the autograd derivative there, which bounds how far T is from the minimiser",
    }, cases)


# softmax_regression.json: full-batch gradient descent from zero, in PyTorch with autograd, on the
# datasets of blobs.json (made by @xent/core's makeBlobs).
def softmax_regression():
    with open(os.path.join(GOLDEN, "blobs.json")) as f:
        blobs = json.load(f)
    runs = []
    for data, epochs, lr in [(blobs["datasets"][0], 50, 0.1), (blobs["datasets"][1], 80, 0.05)]:
        x = tensor(data["train"]["x"])
        y = torch.tensor(data["train"]["y"])
        k = data["options"]["classes"]
        xt = torch.cat([x, torch.ones(len(x), 1, dtype=f64)], 1)
        largest = torch.linalg.eigvalsh(xt.T @ xt / len(x)).max().item()
        assert lr <= 2 / largest, (lr, 2 / largest)
        w = torch.zeros(k, x.shape[1], dtype=f64, requires_grad=True)
        b = torch.zeros(k, dtype=f64, requires_grad=True)
        losses = []
        for _ in range(epochs):
            loss = F.cross_entropy(x @ w.T + b, y)
            losses.append(loss.item())
            gw, gb = torch.autograd.grad(loss, (w, b))
            with torch.no_grad():
                w -= lr * gw
                b -= lr * gb
        xh = tensor(data["heldOut"]["x"])
        yh = torch.tensor(data["heldOut"]["y"])
        predictions = torch.argmax(xh @ w.T + b, 1)
        runs.append({
            "op": "softmax_regression",
            "input": {"dataset": data["name"], "num_classes": k, "epochs": epochs, "learning_rate": lr,
                      "stable_learning_rate_bound": 2 / largest},
            "output": {"losses": losses, "weights": w.detach(), "bias": b.detach(),
                       "held_out_predictions": predictions.tolist(),
                       "held_out_accuracy": (predictions == yh).double().mean().item()},
        })
    write("softmax_regression.json", {
        "softmax_regression": "weights and bias start at zero; each epoch computes loss = torch.nn.functional.cross_entropy(x @ W.T + b, y) (mean), records it, then steps W -= lr * dW and b -= lr * db with torch.autograd.grad; losses[e] is the loss before epoch e's update",
        "dataset": "the 'train' set of the named dataset of blobs.json; held_out_predictions are argmax(x @ W.T + b) on its 'heldOut' set after the last update",
        "stable_learning_rate_bound": "2 / the largest eigenvalue of X̃ᵀX̃/N with X̃ = [x, 1]",
    }, runs)


large_logits()
weights_and_masks()
temperature()
softmax_regression()
