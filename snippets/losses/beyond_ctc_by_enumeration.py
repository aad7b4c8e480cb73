# CTCLoss by hand: sum the probability of every alignment that collapses to the target, then take -log.
import itertools

import torch
import torch.nn.functional as F

torch.manual_seed(0)
frames, C = 3, 3  # 3 time steps; symbols: 0 = blank, 1 = "a", 2 = "b"
log_probs = F.log_softmax(torch.randn(frames, 3, C, dtype=torch.float64), dim=2)  # (time, batch, symbols)
targets = [[1, 2], [1, 1], [1]]  # "ab", "aa" and "a"


def collapse(path):  # merge repeated symbols, then drop blanks
    return [s for k, s in enumerate(path) if s != 0 and (k == 0 or s != path[k - 1])]


by_hand = []
for n, target in enumerate(targets):
    paths = [p for p in itertools.product(range(C), repeat=frames) if collapse(p) == target]
    print(f"{target}: {len(paths)} alignment(s) {paths}")
    #> [1, 2]: 5 alignment(s) [(0, 1, 2), (1, 0, 2), (1, 1, 2), (1, 2, 0), (1, 2, 2)]
    #> [1, 1]: 1 alignment(s) [(1, 0, 1)]
    #> [1]: 6 alignment(s) [(0, 0, 1), (0, 1, 0), (0, 1, 1), (1, 0, 0), (1, 1, 0), (1, 1, 1)]
    prob = sum(torch.stack([log_probs[k, n, s] for k, s in enumerate(p)]).sum().exp() for p in paths)
    by_hand.append(-prob.log())
by_hand, lengths = torch.stack(by_hand), torch.tensor([len(t) for t in targets])

args = (log_probs, torch.tensor(sum(targets, [])), torch.tensor([frames] * 3), lengths)  # targets concatenated
print(f"by hand {by_hand.numpy().round(8)}  built-in {F.ctc_loss(*args, reduction='none').numpy().round(8)}")
#> by hand [1.29863843 7.62919878 1.36761134]  built-in [1.29863843 7.62919878 1.36761134]
print(f"'mean' = mean of loss / target length: {(by_hand / lengths).mean():.8f}  built-in {F.ctc_loss(*args):.8f}")
#> 'mean' = mean of loss / target length: 1.94384331  built-in 1.94384331
print(f"plain mean over the batch: {by_hand.mean():.8f}")
#> plain mean over the batch: 3.43181618
impossible = (log_probs[:2, 1:2], torch.tensor([[1, 1]]), torch.tensor([2]), torch.tensor([2]))  # "aa" in 2 frames
print(f"'aa' in 2 frames: {F.ctc_loss(*impossible).item()}, "
      f"zero_infinity=True: {F.ctc_loss(*impossible, zero_infinity=True).item()}")
#> 'aa' in 2 frames: inf, zero_infinity=True: 0.0
