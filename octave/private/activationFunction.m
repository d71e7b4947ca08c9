## -*- texinfo -*-
## @deftypefn {} {[@var{a}, @var{da}] =} activationFunction (@var{name}, @var{z})
## The hidden-layer activation @var{name} ("sigmoid", "tanh" or "linear",
## checked by checkActivation) at @var{z}, and its derivative when asked for.
## @end deftypefn
function [a, da] = activationFunction (name, z)
  switch (name)
    case "sigmoid"
      a = sigmoid (z);
      if (nargout > 1)
        da = a .* (1 - a);
      endif
    case "tanh"
      a = tanh (z);
      if (nargout > 1)
        da = 1 - a .* a;
      endif
    case "linear"
      a = z;
      if (nargout > 1)
        da = ones (size (z));
      endif
  endswitch
endfunction
