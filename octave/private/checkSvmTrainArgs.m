## -*- texinfo -*-
## @deftypefn {} {[@var{X}, @var{Y}, @var{C}, @var{kernelFunction}, @var{tol}, @var{max_passes}, @var{draws}] =} checkSvmTrainArgs (@var{fname}, @var{X}, @var{Y}, @var{C}, @var{kernelFunction}, @var{tol}, @var{max_passes}, @var{draws})
## Check svmTrain's arguments: @var{X} m-by-n with m >= 2 (the SMO pairs two
## examples), @var{Y} an m-by-1 column of 0 and 1, @var{C} a positive scalar,
## the kernel a function handle or a function's name (returned as a handle), @var{tol} a non-negative scalar (empty: 1e-3),
## @var{max_passes} a non-negative integer (empty: 5), @var{draws} empty or a
## vector of numbers in [0, 1).  Return the numbers as doubles, @var{draws} as
## a column, @var{X} as a full matrix (a diagonal or sparse one does not
## broadcast as the kernel matrix needs).
## @end deftypefn
function [X, Y, C, kernelFunction, tol, max_passes, draws] = checkSvmTrainArgs (fname, X, Y, C, kernelFunction, tol, max_passes, draws)
  X = full (checkMatrix (fname, "X", X));  # full: a diagonal eye (n) does not broadcast
  if (rows (X) < 2)
    error ("%s: X must have at least 2 rows, examples to pair (X is %s)", fname, shapeText (X));
  endif
  Y = checkColumn (fname, "Y", Y, "M", rows (X), "X", X);
  bad = find (Y != 0 & Y != 1, 1);
  if (! isempty (bad))
    error ("%s: Y must hold labels 0 and 1, but its %s element is %g", fname, ordinalText (bad), Y(bad));
  endif
  C = checkScalar (fname, "C", C, "positive");
  checkFunction (fname, "KERNEL_FUNCTION", kernelFunction);
  if (isempty (tol))
    tol = 1e-3;
  else
    tol = checkScalar (fname, "TOL", tol, "non-negative");
  endif
  if (isempty (max_passes))
    max_passes = 5;
  else
    max_passes = checkCount (fname, "MAX_PASSES", max_passes, 0);
  endif
  draws = checkSvmDraws (fname, draws);
  if (ischar (kernelFunction))
    kernelFunction = str2func (kernelFunction);  # a function's name: func2str gives it back
  endif
endfunction
