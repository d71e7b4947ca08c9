## -*- texinfo -*-
## @deftypefn {} {@var{pred} =} svmPredict (@var{model}, @var{X})
## Predict labels 0 and 1 with a model that svmTrain returned: 1 where the
## decision value p of a row of @var{X} is >= 0, else 0 (a NaN p gives 0).
##
## @var{X} is m-by-n, one example per row; an @var{X} of one column is taken
## as one example and transposed first (as the course's predictor does, so a
## one-feature model predicts one example at a time).  @var{pred} is m-by-1.
##
## The decision value follows the course's predictor, by the rule svmTrain
## takes from the kernel's @code{func2str} text: "linearKernel" exactly gives
## @code{p = X * w + b}; text containing "gaussianKernel" gives the sum over
## the support vectors of @code{alpha * y * K} (K computed at once, as
## @code{kernelFunction (1, 0) .^ D} over the squared distances D) with
## @strong{no b added}, as in the course's code; any other kernel, the same
## sum, the kernel called pair by pair on columns, plus b.
## @seealso{svmTrain, linearKernel, gaussianKernel, dataset3Params}
## @end deftypefn
function pred = svmPredict (model, X)
  if (nargin != 2)
    print_usage ();
  endif
  [SV, y, b, alphas, w] = checkSvmModel ("svmPredict", model);
  X = full (checkMatrix ("svmPredict", "X", X));  # full: a diagonal eye (n) does not broadcast
  if (columns (X) == 1)
    X = X';  # one example, given as a column
  endif
  if (columns (X) != columns (SV))
    error ("svmPredict: X must have n = %d columns, one per feature of the model (X is %s)",
           columns (SV), shapeText (X));
  endif

  m = rows (X);
  kernel = model.kernelFunction;
  if (ischar (kernel))
    kernel = str2func (kernel);  # a function's name: func2str gives it back
  endif
  name = func2str (kernel);
  if (strcmp (name, "linearKernel"))
    p = X * w + b;
  elseif (! isempty (strfind (name, "gaussianKernel")))
    D = sum (X .^ 2, 2) + (sum (SV .^ 2, 2)' - 2 * (X * SV'));
    K = checkScalar ("svmPredict", "the kernel's value", kernel (1, 0)) .^ D;
    p = sum (alphas' .* (y' .* K), 2);  # the course leaves b out on this path
  else
    p = zeros (m, 1);
    for i = 1:m
      s = 0;
      for j = 1:rows (SV)
        s += alphas(j) * y(j) * checkScalar ("svmPredict", "the kernel's value",
                                             kernel (X(i, :)', SV(j, :)'));
      endfor
      p(i) = s + b;
    endfor
  endif
  pred = double (p >= 0);
endfunction

%!shared X, Y, draws
%! X = [1 2; 2 1; 2 3; 3 2; -1 -2; -2 -1; -2 -3; -3 -2];
%! Y = [1; 1; 1; 1; 0; 0; 0; 0];
%! draws = mod ((1:400)' * 0.618034, 1);

%!test
%! ## The training set back, with the linear and the Gaussian kernel.
%! model = svmTrain (X, Y, 1, @linearKernel, [], [], draws);
%! assert (svmPredict (model, X), Y)
%! model = svmTrain (X, Y, 1, @(x1, x2) gaussianKernel (x1, x2, 2), [], [], draws);
%! assert (svmPredict (model, X), Y)
%! assert (svmPredict (model, [2; 2]), 1)   # one example as a column
%! assert (size (svmPredict (model, zeros (5, 2))), [5, 1])

%!test
%! ## The Gaussian path leaves b out, the pair-by-pair path adds it: a model whose b alone
%! ## decides tells them apart.
%! model = struct ("X", [0 0], "y", 1, "kernelFunction", @(a, b) gaussianKernel (a, b, 1),
%!                 "b", -5, "alphas", 1, "w", [0; 0]);
%! assert (svmPredict (model, [0 0; 10 10]), [1; 1])
%! model.kernelFunction = @(a, b) exp (-sum ((a - b) .^ 2) / 2);
%! assert (svmPredict (model, [0 0; 10 10]), [0; 0])
%! model.kernelFunction = @linearKernel;
%! model.w = [1; 1];
%! assert (svmPredict (model, [3 3; 2 2; 2 2.5]), [1; 0; 0])

%!test
%! ## The hand-computed Gaussian sum, and NaN: p NaN predicts 0.
%! model = struct ("X", [0 0; 1 0], "y", [1; -1], "kernelFunction", @(a, b) gaussianKernel (a, b, 1),
%!                 "b", 0, "alphas", [1; 2], "w", [0; 0]);
%! x = [0.1 0.3; 1.2 -0.1];
%! p = exp (-sum (x .^ 2, 2) / 2) - 2 * exp (-sum ((x - [1 0]) .^ 2, 2) / 2);
%! assert (svmPredict (model, x), double (p >= 0))
%! assert (svmPredict (model, [NaN 0]), 0)
%! ## No support vectors on the Gaussian path: p = 0, predicted 1.
%! empty = struct ("X", zeros (0, 2), "y", zeros (0, 1), "kernelFunction", @(a, b) gaussianKernel (a, b, 1),
%!                 "b", -1, "alphas", zeros (0, 1), "w", [0; 0]);
%! assert (svmPredict (empty, [1 2; 3 4]), [1; 1])

%!test
%! ## A diagonal or sparse X is its full matrix (a diagonal matrix does not broadcast).
%! model = svmTrain (eye (3), [1; 0; 0], 1, @(a, b) gaussianKernel (a, b, 1), [], [], mod ((1:200)' * 0.618034, 1));
%! assert (svmPredict (model, eye (3)), svmPredict (model, full (eye (3))))
%! assert (svmPredict (model, sparse (eye (3))), svmPredict (model, full (eye (3))))

## Test input validation
%!shared model
%! model = struct ("X", [0 0], "y", 1, "kernelFunction", @linearKernel, "b", 0, "alphas", 1, "w", [1; 1]);
%!error <Invalid call> svmPredict (model)
%!error <svmPredict: MODEL must be a struct with the fields X, y, kernelFunction, b, alphas and w, got 3> svmPredict (3, [1 2])
%!error <svmPredict: MODEL must be a struct with the fields X, y, kernelFunction, b, alphas and w, got a struct> svmPredict (rmfield (model, "w"), [1 2])
%!error <svmPredict: X must have n = 2 columns, one per feature of the model \(X is 1x3\)> svmPredict (model, [1 2 3])
%!error <svmPredict: X must have n = 2 columns, one per feature of the model \(X is 1x3\)> svmPredict (model, [1; 2; 3])
%!error <svmPredict: X must be a real numeric matrix, got "a"> svmPredict (model, "a")
%!error <svmPredict: MODEL.w must be an N-by-1 column \(MODEL.X is 1x2, so N = 2; MODEL.w is 1x2\)> svmPredict (setfield (model, "w", [1 1]), [1 2])
%!error <svmPredict: MODEL.y must be an S-by-1 column \(MODEL.X is 1x2, so S = 1; MODEL.y is 2x1\)> svmPredict (setfield (model, "y", [1; 1]), [1 2])
%!error <svmPredict: MODEL.b must be a real scalar, got an array of size 1x2> svmPredict (setfield (model, "b", [1 2]), [1 2])
%!error <svmPredict: the model's kernel must be callable, got 3> svmPredict (setfield (model, "kernelFunction", 3), [1 2])
