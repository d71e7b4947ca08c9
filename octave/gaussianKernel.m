## -*- texinfo -*-
## @deftypefn {} {@var{sim} =} gaussianKernel (@var{x1}, @var{x2}, @var{sigma})
## The Gaussian (radial basis function) kernel of bandwidth @var{sigma}:
##
## @example
## sim = exp (-sum ((x1(:) - x2(:)) .^ 2) / (2 * sigma^2))
## @end example
##
## @noindent
## @var{x1} and @var{x2} are vectors (rows or columns) of the same number of
## elements, @var{sigma} a positive scalar.  svmTrain and svmPredict recognise
## a handle whose @code{func2str} text contains "gaussianKernel", as the
## course's @code{@@(x1, x2) gaussianKernel (x1, x2, sigma)}, and then compute
## the whole kernel matrix at once from squared distances.
## @seealso{linearKernel, svmTrain, svmPredict, dataset3Params}
## @end deftypefn
function sim = gaussianKernel (x1, x2, sigma)
  if (nargin != 3)
    print_usage ();
  endif
  [x1, x2] = checkSvmKernelArgs ("gaussianKernel", x1, x2);
  sigma = checkScalar ("gaussianKernel", "SIGMA", sigma, "positive");

  sim = exp (-sum ((x1 - x2) .^ 2) / (2 * sigma ^ 2));
endfunction

%!test
%! ## The course's published check (ex6): 0.324652.
%! assert (gaussianKernel ([1 2 1], [0 4 -1], 2), 0.324652, 5e-7)
%! assert (gaussianKernel ([1; 2; 1], [0 4 -1], 2), exp (-9 / 8), eps)

%!test
%! ## An example is most like itself; far apart, nothing alike; a huge sigma, all alike.
%! assert (gaussianKernel ([3 -1], [3 -1], 0.1), 1)
%! assert (gaussianKernel ([0 0], [100 0], 1), 0)
%! assert (gaussianKernel ([0 0], [1 1], Inf), 1)
%! assert (gaussianKernel (1, 0, 2), exp (-1 / 8), eps)

%!test
%! ## Logical, integer and single arguments as their values, in double.
%! assert (gaussianKernel (logical ([1 0]), int8 ([0 0]), single (2)), exp (-1 / 8), eps)
%! assert (class (gaussianKernel (single ([1 0]), [0 0], 2)), "double")

## Test input validation
%!error <Invalid call> gaussianKernel ([1 2], [1 2])
%!error <gaussianKernel: X1 must be a real numeric vector, got an array of size 2x2> gaussianKernel (ones (2), [1 2], 1)
%!error <gaussianKernel: X1 and X2 must have the same number of elements \(X1 has 2, X2 has 3\)> gaussianKernel ([1 2], [1 2 3], 1)
%!error <gaussianKernel: SIGMA must be a positive real scalar, got 0> gaussianKernel ([1 2], [1 2], 0)
%!error <gaussianKernel: SIGMA must be a positive real scalar, got NaN> gaussianKernel ([1 2], [1 2], NaN)
%!error <gaussianKernel: SIGMA must be a positive real scalar, got an array of size 1x2> gaussianKernel ([1 2], [1 2], [1 2])
