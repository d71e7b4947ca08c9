## -*- texinfo -*-
## @deftypefn  {} {@var{model} =} svmTrain (@var{X}, @var{Y}, @var{C}, @var{kernelFunction})
## @deftypefnx {} {@var{model} =} svmTrain (@var{X}, @var{Y}, @var{C}, @var{kernelFunction}, @var{tol}, @var{max_passes})
## @deftypefnx {} {@var{model} =} svmTrain (@var{X}, @var{Y}, @var{C}, @var{kernelFunction}, @var{tol}, @var{max_passes}, @var{draws})
## Train a support vector machine by the simplified SMO algorithm (the CS229
## handout "The Simplified SMO Algorithm"), the course's trainer.
##
## @var{X} is m-by-n (m >= 2), @var{Y} an m-by-1 column of labels 0 and 1 (0
## becomes -1 inside), @var{C} the positive regularisation parameter,
## @var{kernelFunction} a handle @code{sim = f (x1, x2)} of two columns (or a
## function's name, taken as its handle).
## @var{tol} (default 1e-3) is the tolerance of the KKT conditions and of a
## step; @var{max_passes} (default 5) the number of sweeps in a row without
## a change after which training stops.  An empty @var{tol} or
## @var{max_passes} takes its default.
##
## The kernel matrix is computed once, by the rule the course's trainer
## takes from the handle's @code{func2str} text: "linearKernel" exactly gives
## @code{X * X'}; text containing "gaussianKernel" gives
## @code{kernelFunction (1, 0) .^ D}, D the squared distances between the
## rows (so sigma is whatever the handle holds); any other handle is called
## pair by pair, on columns, for one half of the symmetric matrix.
##
## For each example i in turn that violates the KKT conditions by more than
## @var{tol}, a second example j != i is drawn, @code{j = ceil (m * u)}, u
## from @code{rand ()}, again while j == i.  With @var{draws}, a vector of
## numbers in [0, 1), the u are taken from it in order instead, one per draw
## (a u of 0 gives j = 1), and running out of them is an error: with the
## same draws, two implementations of the algorithm take the same steps.
##
## @var{model} is a struct with the fields @code{X} and @code{y} (the rows
## and labels, -1 and 1, of the support vectors: alphas > 0),
## @code{kernelFunction}, @code{b}, @code{alphas} (those of the support
## vectors) and @code{w = ((alphas .* Y)' * X)'} over all the examples
## (meaningful for the linear kernel).  Unlike the course's trainer, this one
## prints no progress dots.
## @seealso{svmPredict, linearKernel, gaussianKernel, dataset3Params}
## @end deftypefn
function model = svmTrain (X, Y, C, kernelFunction, tol = [], max_passes = [], draws = [])
  if (nargin < 4 || nargin > 7)
    print_usage ();
  endif
  [X, Y, C, kernelFunction, tol, max_passes, draws] = checkSvmTrainArgs ("svmTrain", X, Y, C, kernelFunction,
                                                                         tol, max_passes, draws);

  model = svmSmo ("svmTrain", X, Y, C, kernelFunction, tol, max_passes, draws);
endfunction

%!shared X, Y
%! ## Two clusters, separable by x1 + x2 = 0.
%! X = [1 2; 2 1; 2 3; 3 2; -1 -2; -2 -1; -2 -3; -3 -2];
%! Y = [1; 1; 1; 1; 0; 0; 0; 0];

%!test
%! ## A linear SVM separates the clusters; its fields and their sizes.
%! model = svmTrain (X, Y, 1, @linearKernel);
%! assert (fieldnames (model), {"X"; "y"; "kernelFunction"; "b"; "alphas"; "w"})
%! k = numel (model.alphas);
%! assert (k >= 2 && size (model.X) == [k, 2] && size (model.y) == [k, 1])
%! assert (all (model.alphas > 0 & model.alphas <= 1))
%! assert (all (abs (model.y) == 1))
%! assert (size (model.w), [2, 1])
%! assert (sign (X * model.w + model.b), 2 * Y - 1)
%! assert (func2str (model.kernelFunction), "linearKernel")
%! ## A function's name is its handle.
%! byname = svmTrain (X, Y, 1, "linearKernel", [], [], mod ((1:400)' * 0.618034, 1));
%! assert (byname.alphas, svmTrain (X, Y, 1, @linearKernel, [], [], mod ((1:400)' * 0.618034, 1)).alphas)
%! assert (is_function_handle (byname.kernelFunction))
%! ## The dual's equality constraint: sum (alphas .* y) = 0.
%! assert (sum (model.alphas .* model.y), 0, 1e-12)

%!test
%! ## The same draws give the same model, whatever rand's state; logical Y is its numbers.
%! draws = mod ((1:400)' * 0.618034, 1);
%! m1 = svmTrain (X, Y, 1, @linearKernel, 1e-3, 5, draws);
%! rand ("seed", 1); rand ("state", 3);
%! m2 = svmTrain (X, Y == 1, 1, @linearKernel, [], [], draws');
%! assert (m2.alphas, m1.alphas)
%! assert (m2.b, m1.b)

%!test
%! ## The Gaussian path (the kernel matrix from squared distances) takes the same steps as the
%! ## pair-by-pair path with the same kernel, to rounding.
%! draws = mod ((1:400)' * 0.618034, 1);
%! mg = svmTrain (X, Y, 1, @(x1, x2) gaussianKernel (x1, x2, 2), [], [], draws);
%! mp = svmTrain (X, Y, 1, @(a, b) exp (-sum ((a - b) .^ 2) / 8), [], [], draws);
%! assert (mg.alphas, mp.alphas, 1e-12)
%! assert (mg.b, mp.b, 1e-12)
%! ml = svmTrain (X, Y, 1, @linearKernel, [], [], draws);
%! mq = svmTrain (X, Y, 1, @(a, b) a' * b, [], [], draws);
%! assert (mq.alphas, ml.alphas, 1e-12)

%!test
%! ## Without draws, rand: the model separates the clusters.
%! model = svmTrain (X, double (Y), 10, @(x1, x2) gaussianKernel (x1, x2, 1));
%! assert (all (model.alphas > 0 & model.alphas <= 10))

%!test
%! ## max_passes 0: no sweep, no support vectors; w is then 0.
%! model = svmTrain (X, Y, 1, @linearKernel, 1e-3, 0);
%! assert (size (model.X), [0, 2])
%! assert (size (model.alphas), [0, 1])
%! assert (model.w, [0; 0])
%! assert (model.b, 0)

%!test
%! ## One class only: no pair can move, nothing is learnt.
%! model = svmTrain (X, ones (8, 1), 1, @linearKernel, [], [], mod ((1:100)' * 0.618034, 1));
%! assert (isempty (model.alphas) && model.b == 0)

## Test input validation
%!error <Invalid call> svmTrain (1, 1, 1)
%!error <svmTrain: X must have at least 2 rows, examples to pair \(X is 1x2\)> svmTrain ([1 2], 1, 1, @linearKernel)
%!error <svmTrain: Y must be an M-by-1 column \(X is 2x2, so M = 2; Y is 1x2\)> svmTrain (eye (2), [1 0], 1, @linearKernel)
%!error <svmTrain: Y must hold labels 0 and 1, but its 2nd element is -1> svmTrain (eye (2), [1; -1], 1, @linearKernel)
%!error <svmTrain: C must be a positive real scalar, got 0> svmTrain (eye (2), [1; 0], 0, @linearKernel)
%!error <svmTrain: KERNEL_FUNCTION must be callable, got 3> svmTrain (eye (2), [1; 0], 1, 3)
%!error <svmTrain: TOL must be a non-negative real scalar, got -1> svmTrain (eye (2), [1; 0], 1, @linearKernel, -1)
%!error <svmTrain: MAX_PASSES must be a non-negative integer, got 2.5> svmTrain (eye (2), [1; 0], 1, @linearKernel, [], 2.5)
%!error <svmTrain: DRAWS must be a real numeric vector, got an array of size 2x2> svmTrain (eye (2), [1; 0], 1, @linearKernel, [], [], eye (2))
%!error <svmTrain: DRAWS must hold numbers in \[0, 1\), but its 2nd element is 1> svmTrain (eye (2), [1; 0], 1, @linearKernel, [], [], [0.5 1])
%!error <svmTrain: DRAWS ran out: draw 2 was needed, and DRAWS holds 1> svmTrain (eye (2), [1; 0], 1, @linearKernel, [], [], 0.3)
%!error <svmTrain: the kernel's value must be a real scalar, got an array of size 2x1> svmTrain (eye (2), [1; 0], 1, @(a, b) a + b)
