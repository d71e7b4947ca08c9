## -*- texinfo -*-
## @deftypefn {} {[@var{SV}, @var{y}, @var{b}, @var{alphas}, @var{w}] =} checkSvmModel (@var{fname}, @var{model})
## Check a model as svmTrain returns it: a struct with the fields X (s-by-n,
## the support vectors; s may be 0), y and alphas (s-by-1), kernelFunction (a
## function handle, or a function's name), b (a scalar) and w (n-by-1).  Return its numbers as doubles.
## @end deftypefn
function [SV, y, b, alphas, w] = checkSvmModel (fname, model)
  fields = {"X", "y", "kernelFunction", "b", "alphas", "w"};
  if (! (isstruct (model) && isscalar (model) && all (isfield (model, fields))))
    error ("%s: MODEL must be a struct with the fields X, y, kernelFunction, b, alphas and w, got %s",
           fname, valueText (model));
  endif
  SV = full (checkMatrix (fname, "MODEL.X", model.X, true));
  [k, n] = size (SV);
  y = checkColumn (fname, "MODEL.y", model.y, "S", k, "MODEL.X", SV);
  alphas = checkColumn (fname, "MODEL.alphas", model.alphas, "S", k, "MODEL.X", SV);
  w = checkColumn (fname, "MODEL.w", model.w, "N", n, "MODEL.X", SV);
  b = checkScalar (fname, "MODEL.b", model.b);
  checkFunction (fname, "the model's kernel", model.kernelFunction);
endfunction
