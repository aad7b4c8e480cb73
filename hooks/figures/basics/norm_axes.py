"""Which elements of an (N, C, H, W) tensor share one mean and variance, for four normalization layers.

Each block is a batch: N samples from left to right, C channels going back, and the H x W
positions of each feature map flattened onto the vertical axis. The shaded cells are the
elements that one mean and one variance are computed over (after Wu and He, 2018, figure 2).
"""

import matplotlib.pyplot as plt
from matplotlib.patches import Polygon

N, C, HW = 4, 6, 5  # a small batch to draw; GroupNorm's 3 groups hold 2 channels each
DEPTH = (0.45, 0.35)  # where one step back along C goes on the page
PANELS = {  # title -> shaded samples [n0, n1) and channels [c0, c1), always over all of H x W
    "BatchNorm\nper channel\nover N, H, W": ((0, N), (0, 1)),
    "LayerNorm\nper sample\nover C, H, W": ((N - 1, N), (0, C)),
    "InstanceNorm\nper sample and channel\nover H, W": ((N - 1, N), (0, 1)),
    "GroupNorm (G = 3)\nper sample and group\nover C / G channels, H, W": ((N - 1, N), (0, 2)),
}


def point(n, hw, c):
    return (n + c * DEPTH[0], hw + c * DEPTH[1])


def face(axes, corners, **style):
    axes.add_patch(Polygon([point(*corner) for corner in corners], closed=True, **style))


def block(axes, n0, n1, c0, c1, **style):
    """The three visible faces of the box [n0, n1] x [0, HW] x [c0, c1]: front, top, right."""
    face(axes, [(n0, 0, c0), (n1, 0, c0), (n1, HW, c0), (n0, HW, c0)], **style)
    face(axes, [(n0, HW, c0), (n1, HW, c0), (n1, HW, c1), (n0, HW, c1)], **style)
    face(axes, [(n1, 0, c0), (n1, 0, c1), (n1, HW, c1), (n1, HW, c0)], **style)


def grid(axes):
    line = dict(color="black", linewidth=0.4)
    for n in range(N + 1):  # front and top faces
        axes.plot(*zip(point(n, 0, 0), point(n, HW, 0), point(n, HW, C)), **line)
    for hw in range(HW + 1):  # front and right faces
        axes.plot(*zip(point(0, hw, 0), point(N, hw, 0), point(N, hw, C)), **line)
    for c in range(C + 1):  # top and right faces
        axes.plot(*zip(point(0, HW, c), point(N, HW, c), point(N, 0, c)), **line)


def draw():
    figure, panels = plt.subplots(1, 4, figsize=(11, 3.2))
    for axes, (title, ((n0, n1), (c0, c1))) in zip(panels, PANELS.items()):
        block(axes, n0, n1, c0, c1, facecolor="#4c72b0", edgecolor="none")
        grid(axes)
        axes.annotate("N", point(N / 2, -0.6, 0), ha="center", va="top")
        axes.annotate("C", point(N + 0.3, 0, C / 2), ha="left", va="center")
        axes.annotate("H, W", point(-0.3, HW / 2, 0), ha="right", va="center")
        axes.set_title(title, fontsize=9)
        axes.set_xlim(-1.6, N + C * DEPTH[0] + 0.8)
        axes.set_ylim(-1.2, HW + C * DEPTH[1] + 0.3)
        axes.set_aspect("equal")
        axes.axis("off")
    figure.tight_layout()
    return figure
