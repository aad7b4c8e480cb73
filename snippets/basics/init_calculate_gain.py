# nn.init.calculate_gain against its formulas: the factor that makes up for what the activation does.
import math

import torch.nn as nn

formulas = {
    ("linear", None): 1.0,
    ("sigmoid", None): 1.0,
    ("tanh", None): 5 / 3,
    ("relu", None): math.sqrt(2),
    ("leaky_relu", None): math.sqrt(2 / (1 + 0.01**2)),  # default negative slope 0.01
    ("leaky_relu", 0.2): math.sqrt(2 / (1 + 0.2**2)),
    ("leaky_relu", math.sqrt(5)): math.sqrt(2 / (1 + 5)),  # the slope nn.Linear's default init passes
    ("selu", None): 3 / 4,
}
for (name, param), formula in formulas.items():
    gain = nn.init.calculate_gain(name, param)
    print(f"{name:10} param={str(param)[:6]:6}  calculate_gain {gain:.6f}  formula {formula:.6f}")
    #> linear     param=None    calculate_gain 1.000000  formula 1.000000
    #> sigmoid    param=None    calculate_gain 1.000000  formula 1.000000
    #> tanh       param=None    calculate_gain 1.666667  formula 1.666667
    #> relu       param=None    calculate_gain 1.414214  formula 1.414214
    #> leaky_relu param=None    calculate_gain 1.414143  formula 1.414143
    #> leaky_relu param=0.2     calculate_gain 1.386750  formula 1.386750
    #> leaky_relu param=2.2360  calculate_gain 0.577350  formula 0.577350
    #> selu       param=None    calculate_gain 0.750000  formula 0.750000
