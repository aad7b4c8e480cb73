# The whole protocol of iris_classifier.py (split, training, early stopping, one test) for 5 seeds.
import contextlib
import io
import runpy
from pathlib import Path

with contextlib.redirect_stdout(io.StringIO()):  # reuse the page's run(seed), without its printout
    run = runpy.run_path(str(Path(__file__).with_name("iris_classifier.py")))["run"]
correct = []
for seed in range(5):  # each seed: another split, other initial weights, another batch order
    r = run(seed)
    correct.append(r["test_correct"])
    print(f"seed {seed}: stopped after epoch {r['stopped']:3}, best validation loss {r['best']:.4f} "
          f"(epoch {r['best_epoch']:3}), test {r['test_correct']}/30 = {r['test_correct'] / 30:.1%}")
    #> seed 0: stopped after epoch  91, best validation loss 0.0920 (epoch  71), test 28/30 = 93.3%
    #> seed 1: stopped after epoch 138, best validation loss 0.0153 (epoch 118), test 27/30 = 90.0%
    #> seed 2: stopped after epoch 140, best validation loss 0.1074 (epoch 120), test 28/30 = 93.3%
    #> seed 3: stopped after epoch 160, best validation loss 0.0622 (epoch 140), test 28/30 = 93.3%
    #> seed 4: stopped after epoch  56, best validation loss 0.2028 (epoch  36), test 30/30 = 100.0%
print(f"test accuracy over {len(correct)} seeds: mean {sum(correct) / len(correct) / 30:.1%}, "
      f"from {min(correct) / 30:.1%} to {max(correct) / 30:.1%}")
#> test accuracy over 5 seeds: mean 94.0%, from 90.0% to 100.0%
