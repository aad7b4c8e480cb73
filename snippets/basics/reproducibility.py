# The same seed replays the same numbers; a torch.Generator keeps a stream that other code cannot shift.
import torch

torch.manual_seed(42)
first = torch.randn(3)
torch.manual_seed(42)
print(torch.equal(first, torch.randn(3)))  # re-seeding replays the global stream
#> True


def second_draw(generator, other_code_runs):
    torch.rand(2, generator=generator)
    if other_code_runs:
        torch.randn(100)  # e.g. a layer initialized in between, using the global stream
    return torch.rand(2, generator=generator)


torch.manual_seed(7)
global_alone = second_draw(None, False)  # generator=None: the global stream
torch.manual_seed(7)
print(torch.equal(global_alone, second_draw(None, True)))  # shifted by the other code
#> False
own = [second_draw(torch.Generator().manual_seed(7), runs) for runs in (False, True)]
print(torch.equal(*own))  # its own generator: unaffected
#> True
