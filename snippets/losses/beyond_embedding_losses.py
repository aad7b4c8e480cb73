# Ranking and embedding losses from scratch vs built-in: MarginRanking, Triplet, CosineEmbedding, HingeEmbedding.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
s1, s2 = torch.randn(6, dtype=torch.float64), torch.randn(6, dtype=torch.float64)  # two scores per pair
sign = torch.tensor([1.0, -1.0, 1.0, 1.0, -1.0, -1.0], dtype=torch.float64)  # 1: s1 should rank higher
scratch = (-sign * (s1 - s2) + 0.5).clamp(min=0).mean()
print(f"MarginRankingLoss:    scratch {scratch:.10f}  built-in {F.margin_ranking_loss(s1, s2, sign, margin=0.5):.10f}")
#> MarginRankingLoss:    scratch 0.3286074706  built-in 0.3286074706

anchor, pos, neg = (torch.randn(6, 8, dtype=torch.float64) for _ in range(3))  # embeddings


def dist(a, b):
    return (a - b + 1e-6).norm(dim=1)  # as F.pairwise_distance: eps = 1e-6 is added to the difference


scratch = (dist(anchor, pos) - dist(anchor, neg) + 1.0).clamp(min=0).mean()
no_eps = ((anchor - pos).norm(dim=1) - (anchor - neg).norm(dim=1) + 1.0).clamp(min=0).mean()
print(f"TripletMarginLoss:    scratch {scratch:.10f}  built-in {F.triplet_margin_loss(anchor, pos, neg):.10f}"
      f"  without eps {no_eps:.10f}")
#> TripletMarginLoss:    scratch 0.8292547725  built-in 0.8292547725  without eps 0.8292551445

cos = (anchor * pos).sum(dim=1) / (anchor.norm(dim=1) * pos.norm(dim=1))
scratch = torch.where(sign == 1, 1 - cos, (cos - 0.2).clamp(min=0)).mean()
builtin = F.cosine_embedding_loss(anchor, pos, sign, margin=0.2)
print(f"CosineEmbeddingLoss:  scratch {scratch:.10f}  built-in {builtin:.10f}")
#> CosineEmbeddingLoss:  scratch 0.6061432140  built-in 0.6061432140

d = dist(anchor, pos)  # e.g. a distance: small for similar pairs (sign 1), at least the margin for others
scratch = torch.where(sign == 1, d, (2.0 - d).clamp(min=0)).mean()
print(f"HingeEmbeddingLoss:   scratch {scratch:.10f}  built-in {F.hinge_embedding_loss(d, sign, margin=2.0):.10f}")
#> HingeEmbeddingLoss:   scratch 1.6367616085  built-in 1.6367616085
