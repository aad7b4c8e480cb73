# Transposition mistakes in a linear layer's backward: a wrong shape when W is not square, a wrong number when it is.
import torch

torch.manual_seed(0)
for d_out in [2, 3]:  # W is d_out x 3: first not square, then square
    X = torch.randn(4, 3, dtype=torch.float64, requires_grad=True)
    W = torch.randn(d_out, 3, dtype=torch.float64, requires_grad=True)
    Z = X @ W.T
    ((Z - 1) ** 2).mean().backward()
    dX, dW = X.grad, W.grad  # autograd's
    delta, X, W = 2 * (Z.detach() - 1) / Z.numel(), X.detach(), W.detach()  # dL/dZ by hand
    print(f"W {tuple(W.shape)}: X^T delta has shape {tuple((X.T @ delta).shape)}, "
          f"delta^T X {tuple((delta.T @ X).shape)}")
    #> W (2, 3): X^T delta has shape (3, 2), delta^T X (2, 3)
    #> W (3, 3): X^T delta has shape (3, 3), delta^T X (3, 3)
    try:
        wrong = delta @ W.T  # dL/dX with W transposed
        print(f"  delta W^T runs; equals dL/dX: {torch.allclose(wrong, dX)}; "
              f"X^T delta equals dL/dW: {torch.allclose(X.T @ delta, dW)}")
        #>   delta W^T runs; equals dL/dX: False; X^T delta equals dL/dW: False
    except RuntimeError as error:
        print(f"  delta W^T: RuntimeError: {error}")
        #>   delta W^T: RuntimeError: mat1 and mat2 shapes cannot be multiplied (4x2 and 3x2)
    print(f"  delta W equals dL/dX: {torch.allclose(delta @ W, dX)}; "
          f"delta^T X equals dL/dW: {torch.allclose(delta.T @ X, dW)}")
    #>   delta W equals dL/dX: True; delta^T X equals dL/dW: True
    #>   delta W equals dL/dX: True; delta^T X equals dL/dW: True
