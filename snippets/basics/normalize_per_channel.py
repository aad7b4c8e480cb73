# What transforms.Normalize(mean, std) does, with plain tensor ops: (x_c - mean_c) / std_c per channel.
import torch

imagenet_mean = torch.tensor([0.485, 0.456, 0.406])
imagenet_std = torch.tensor([0.229, 0.224, 0.225])

torch.manual_seed(0)
images = torch.rand(16, 3, 32, 32)  # values in [0, 1], as ToTensor() produces
normalized = (images - imagenet_mean[:, None, None]) / imagenet_std[:, None, None]
print(normalized.mean(dim=(0, 2, 3)), normalized.std(dim=(0, 2, 3)))  # not 0 and 1: not ImageNet data
#> tensor([0.0660, 0.1922, 0.4278]) tensor([1.2610, 1.2809, 1.2819])

# Your own data's statistics per channel give mean 0 and std 1 on that data.
mean, std = images.mean(dim=(0, 2, 3)), images.std(dim=(0, 2, 3))
own = (images - mean[:, None, None]) / std[:, None, None]
print(own.mean(dim=(0, 2, 3)).abs().max() < 1e-6, own.std(dim=(0, 2, 3)))
#> tensor(True) tensor([1., 1., 1.])
