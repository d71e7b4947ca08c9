## -*- texinfo -*-
## @deftypefn {} {@var{sim} =} linearKernel (@var{x1}, @var{x2})
## The linear kernel, the inner product of two examples taken as columns:
##
## @example
## sim = x1(:)' * x2(:)
## @end example
##
## @noindent
## @var{x1} and @var{x2} are vectors (rows or columns) of the same number of
## elements.  svmTrain and svmPredict recognise a handle to this function
## itself, @code{@@linearKernel} (@code{func2str} gives "linearKernel"), and
## then use @code{X * X'} and @code{X * w + b} instead of calling it pair by
## pair.
## @seealso{gaussianKernel, svmTrain, svmPredict}
## @end deftypefn
function sim = linearKernel (x1, x2)
  if (nargin != 2)
    print_usage ();
  endif
  [x1, x2] = checkSvmKernelArgs ("linearKernel", x1, x2);

  sim = x1' * x2;
endfunction

%!test
%! assert (linearKernel ([1 2 3], [4; 5; 6]), 32)
%! assert (linearKernel ([1; 2; 3], [4 5 6]), 32)
%! assert (linearKernel (2, -3), -6)

%!test
%! ## Orthogonal examples, and logical and integer examples as their numbers.
%! assert (linearKernel ([1 0], [0 1]), 0)
%! assert (linearKernel (logical ([1 0 1]), int8 ([2 3 4])), 6)
%! assert (class (linearKernel (int8 ([1 2]), int8 ([3 4]))), "double")

%!test
%! ## Inf and NaN as x' * y gives them.
%! assert (linearKernel ([Inf 1], [1 1]), Inf)
%! assert (isnan (linearKernel ([Inf 1], [0 1])))

## Test input validation
%!error <Invalid call> linearKernel (1)
%!error <linearKernel: X1 must be a real numeric vector, got an array of size 2x2> linearKernel (ones (2), [1 2])
%!error <linearKernel: X2 must be a real numeric vector, got "a"> linearKernel ([1 2], "a")
%!error <linearKernel: X1 must be a real numeric vector, got an array of size 0x0> linearKernel ([], [])
%!error <linearKernel: X2 must be a real numeric vector, got an array of size 0x1> linearKernel ([1 2], zeros (0, 1))
%!error <linearKernel: X1 and X2 must have the same number of elements \(X1 has 3, X2 has 2\)> linearKernel ([1 2 3], [1 2])
