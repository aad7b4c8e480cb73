# With a GradScaler, unscale_ the gradients before clipping; otherwise clipping sees the scaled norm (CPU, float32).
import torch
import torch.nn as nn

torch.manual_seed(0)
X, y = torch.randn(8, 4), torch.randn(8, 2)
start = nn.Linear(4, 2).state_dict()

for recipe in ["no scaler", "scaler, unscale_ then clip", "scaler, clip without unscale_"]:
    model = nn.Linear(4, 2)
    model.load_state_dict(start)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    scaler = torch.amp.GradScaler("cpu", init_scale=1024.0, enabled=recipe != "no scaler")
    for step in range(3):
        optimizer.zero_grad()
        loss = (10 * (model(X) - y) ** 2).mean()
        scaler.scale(loss).backward()  # with the scaler: gradients times 1024
        if recipe == "scaler, unscale_ then clip":
            scaler.unscale_(optimizer)  # divides the gradients by the scale, in place
        seen = nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
        scaler.step(optimizer)  # unscales first if unscale_ was not called
        scaler.update()
        if step == 0:
            first_seen = seen.item()
    if recipe == "no scaler":
        reference = model.weight.detach().clone()
    moved = (model.weight - start["weight"]).norm().item()
    print(f"{recipe:29}: scale {scaler.get_scale():4.0f}, clipping saw a norm of {first_seen:8.2f}; "
          f"the weight moved {moved:.6f}; equal to the run without a scaler: {torch.equal(model.weight, reference)}")
    #> no scaler                    : scale    1, clipping saw a norm of    17.80; the weight moved 0.277217; equal to the run without a scaler: True
    #> scaler, unscale_ then clip   : scale 1024, clipping saw a norm of    17.80; the weight moved 0.277217; equal to the run without a scaler: True
    #> scaler, clip without unscale_: scale 1024, clipping saw a norm of 18228.34; the weight moved 0.000274; equal to the run without a scaler: False
