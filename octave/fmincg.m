## -*- texinfo -*-
## @deftypefn  {} {[@var{X}, @var{fX}, @var{i}] =} fmincg (@var{f}, @var{X})
## @deftypefnx {} {[@var{X}, @var{fX}, @var{i}] =} fmincg (@var{f}, @var{X}, @var{options})
## @deftypefnx {} {[@var{X}, @var{fX}, @var{i}] =} fmincg (@var{f}, @var{X}, @var{options}, @var{P1}, @var{P2}, @dots{})
## Minimise a differentiable function by nonlinear conjugate gradients.
##
## @var{f} is a function handle or name; @code{[value, gradient] = f (X, P1,
## P2, @dots{})} returns the value (a real scalar, finite or not) and the
## gradient (a column of as many elements as @var{X}); anything else is an
## error at the evaluation that returns it.
## Search directions are Polak-Ribiere conjugate gradients; each line search
## brackets the step with quadratic and cubic interpolation and cubic
## extrapolation until the Wolfe-Powell conditions hold, and the first step of
## each search is guessed from the previous one by the slope ratio method.
## The constants are RHO = 0.01 and SIG = 0.5 (the Wolfe-Powell conditions),
## INT = 0.1 (no new point closer than this fraction of the bracket to its
## ends), EXT = 3.0 (extrapolate at most this many times the current step),
## MAX = 20 (evaluations in one line search), RATIO = 100 (largest growth of
## the initial step).
##
## @var{options}.MaxIter (default 100) bounds the work: a positive value counts
## line searches, a negative one function evaluations.  A two-element value
## @code{[n, red]} also sets the expected reduction of the function in the
## first line search (default 1).  @var{options}.Display set to
## @qcode{"off"} silences the progress line (@code{Iteration n | Cost: ...})
## printed after each line search.  Option names are matched in any case, as
## @code{optimset} matches them; any other option is ignored with a warning
## (identifier @code{fmincg:unknown-option}).
##
## Returns the point found, the column @var{fX} of function values after each
## successful line search, and @var{i}, the number of line searches or of
## evaluations used.  Two line searches failing in a row, or the budget
## running out, stop the search.
## @seealso{fminunc, nnCostFunctionLinear}
## @end deftypefn
function [X, fX, i] = fmincg (f, X, options = struct (), varargin)
  if (nargin < 2)
    print_usage ();
  endif
  [X, len, red, show] = checkFmincgArgs ("fmincg", f, X, octave_options (options));

  RHO = 0.01;
  SIG = 0.5;
  INT = 0.1;
  EXT = 3.0;
  MAX = 20;
  RATIO = 100;

  by_evals = len < 0;               # the budget counts evaluations, not line searches

  i = 0;
  ls_failed = false;
  fX = zeros (0, 1);
  [f1, df1] = objective (f, X, varargin);
  i += by_evals;
  s = -df1;                          # steepest descent to start
  d1 = -s' * s;                      # its slope
  z1 = red / (1 - d1);               # first step: the expected reduction

  while (i < abs (len))
    i += ! by_evals;

    X0 = X;  f0 = f1;  df0 = df1;    # where this line search starts
    X += z1 * s;
    [f2, df2] = objective (f, X, varargin);
    i += by_evals;
    d2 = df2' * s;
    f3 = f1;  d3 = d1;  z3 = -z1;    # the other end of the bracket
    if (by_evals)
      M = min (MAX, -len - i);
    else
      M = MAX;
    endif
    success = false;
    limit = -1;                      # no upper bound on the step yet

    while (true)
      ## Too far, or not far enough downhill: interpolate back towards z3.
      while (((f2 > f1 + z1 * RHO * d1) || (d2 > -SIG * d1)) && (M > 0))
        limit = z1;
        if (f2 > f1)
          z2 = z3 - (0.5 * d3 * z3 * z3) / (d3 * z3 + f2 - f3);       # quadratic fit
        else
          A = 6 * (f2 - f3) / z3 + 3 * (d2 + d3);                     # cubic fit
          B = 3 * (f3 - f2) - z3 * (d3 + 2 * d2);
          z2 = (sqrt (B * B - A * d2 * z3 * z3) - B) / A;             # may be complex
        endif
        if (isnan (z2) || isinf (z2))
          z2 = z3 / 2;                                                # bisect
        endif
        z2 = max (min (z2, INT * z3), (1 - INT) * z3);                # keep off the ends
        z1 += z2;
        X += z2 * s;
        [f2, df2] = objective (f, X, varargin);
        M -= 1;
        i += by_evals;
        d2 = df2' * s;
        z3 -= z2;                    # z3 is now relative to the new point
      endwhile

      if ((f2 > f1 + z1 * RHO * d1) || (d2 > -SIG * d1))
        break;                       # out of evaluations: this search failed
      elseif (d2 > SIG * d1)
        success = true;              # the Wolfe-Powell conditions hold
        break;
      elseif (M == 0)
        break;
      endif

      ## Still going downhill: extrapolate by a cubic fit.
      A = 6 * (f2 - f3) / z3 + 3 * (d2 + d3);
      B = 3 * (f3 - f2) - z3 * (d3 + 2 * d2);
      z2 = -d2 * z3 * z3 / (B + sqrt (B * B - A * d2 * z3 * z3));
      if (! isreal (z2) || isnan (z2) || isinf (z2) || z2 < 0)
        if (limit < -0.5)
          z2 = z1 * (EXT - 1);       # no bound yet: as far as allowed
        else
          z2 = (limit - z1) / 2;     # bisect towards the bound
        endif
      elseif ((limit > -0.5) && (z2 + z1 > limit))
        z2 = (limit - z1) / 2;
      elseif ((limit < -0.5) && (z2 + z1 > z1 * EXT))
        z2 = z1 * (EXT - 1.0);
      elseif (z2 < -z3 * INT)
        z2 = -z3 * INT;
      elseif ((limit > -0.5) && (z2 < (limit - z1) * (1.0 - INT)))
        z2 = (limit - z1) * (1.0 - INT);
      endif
      f3 = f2;  d3 = d2;  z3 = -z2;
      z1 += z2;
      X += z2 * s;
      [f2, df2] = objective (f, X, varargin);
      M -= 1;
      i += by_evals;
      d2 = df2' * s;
    endwhile

    if (success)
      f1 = f2;
      fX(end+1, 1) = f1;
      if (show)
        printf ("Iteration %4i | Cost: %4.6e\r", i, f1);
      endif
      s = (df2' * df2 - df1' * df2) / (df1' * df1) * s - df2;       # Polak-Ribiere
      tmp = df1;  df1 = df2;  df2 = tmp;
      d2 = df1' * s;
      if (d2 > 0)                    # not a descent direction: start again
        s = -df1;
        d2 = -s' * s;
      endif
      z1 *= min (RATIO, d1 / (d2 - realmin));                       # slope ratio
      d1 = d2;
      ls_failed = false;
    else
      X = X0;  f1 = f0;  df1 = df0;  # back to where the search started
      if (ls_failed || i > abs (len))
        break;                       # twice in a row, or out of budget
      endif
      ## Restart along the steepest descent.  df1 and df2 are swapped first,
      ## so the direction is the gradient at the last point tried.
      tmp = df1;  df1 = df2;  df2 = tmp;
      s = -df1;
      d1 = -s' * s;
      z1 = 1 / (1 - d1);
      ls_failed = true;
    endif
  endwhile
  if (show)
    printf ("\n");
  endif
endfunction

## The value and gradient of F at X, checked: what a caller's objective gives
## back is refused here, with F and the shapes named, not deep in the search.
function [value, grad] = objective (f, X, args)
  [value, grad] = feval (f, X, args{:});
  value = checkScalar ("fmincg", "the value of F", value);
  grad = checkColumn ("fmincg", "the gradient of F", grad, "n", numel (X), "X", X);
endfunction

## OPTIONS with the names fmincg reads, matched in any case as optimset
## matches them (of two spellings of one name the later wins); any other name
## is a warning, then ignored.  Anything but a struct is left to the checker.
function opts = octave_options (options)
  opts = options;
  if (! (isstruct (options) && isscalar (options)))
    return;
  endif
  known = {"MaxIter", "Display"};
  opts = struct ();
  for name = fieldnames (options)'
    k = find (strcmpi (name{1}, known));
    if (isempty (k))
      warning ("fmincg:unknown-option",
               "fmincg: ignoring unknown option %s (fmincg knows MaxIter and Display)", name{1});
    else
      opts.(known{k}) = options.(name{1});
    endif
  endfor
endfunction

%!function [f, g] = __quadratic__ (x, A, b)
%!  g = A * x - b;
%!  f = 0.5 * x' * A * x - b' * x;
%!endfunction

%!test
%! ## A 2-D convex quadratic: the minimiser solves A*x = b.
%! A = [3 1; 1 2];
%! b = [1; -1];
%! [x, fX, i] = fmincg (@__quadratic__, [0; 0], struct ("MaxIter", 50, "Display", "off"), A, b);
%! assert (x, A \ b, 1e-10)
%! assert (all (diff (fX) <= 0))
%! assert (i <= 50)

%!test
%! ## MaxIter counts line searches; a negative one counts evaluations.
%! opts = struct ("MaxIter", 3, "Display", "off");
%! [~, fX, i] = fmincg (@(x) deal (sum (x .^ 4), 4 * x .^ 3), [1; -2; 3], opts);
%! assert (i, 3)
%! assert (numel (fX), 3)
%! opts.MaxIter = -10;
%! [~, ~, i] = fmincg (@(x) deal (sum (x .^ 4), 4 * x .^ 3), [1; -2; 3], opts);
%! assert (i <= 10 && i >= 1)

%!test
%! ## Already at the minimum: the first line search fails twice, X stays.
%! [x, fX] = fmincg (@(x) deal (x' * x, 2 * x), [0; 0], struct ("Display", "off"));
%! assert (x, [0; 0])
%! assert (isempty (fX))

%!test
%! ## A function name, and the default options (which print the progress line).
%! out = evalc ("[x, fX] = fmincg ('__quadratic__', [1; 1], struct ('MaxIter', 5), eye (2), [1; 2]);");
%! assert (x, [1; 2], 1e-12)
%! assert (! isempty (strfind (out, "Iteration")))

%!test
%! ## Option names in any case, as optimset takes them; an unknown one warns.
%! f = @(x) deal (sum (x .^ 4), 4 * x .^ 3);
%! [~, fX, i] = fmincg (f, [1; -2; 3], struct ("maxiter", 3, "DISPLAY", "off"));
%! assert (i, 3)
%! assert (numel (fX), 3)
%! warning ("off", "fmincg:unknown-option", "local");
%! [~, fX2, i] = fmincg (f, [1; -2; 3], struct ("MaxIter", 3, "Display", "off", "TolFun", 1));
%! assert (fX2, fX)
%!warning <fmincg: ignoring unknown option TolFun \(fmincg knows MaxIter and Display\)>
%! fmincg (@(x) deal (x' * x, 2 * x), [1; 1], struct ("MaxIter", 1, "Display", "off", "TolFun", 1));
%!warning id=fmincg:unknown-option
%! fmincg (@(x) deal (x' * x, 2 * x), [1; 1], struct ("MaxIter", 1, "display", "off", "Maxiters", 1));

%!function [f, g] = __zeroes_its_argument__ (x)
%!  f = x' * x;
%!  g = 2 * x;
%!  x(:) = 0;                        # harmless: x is this function's own copy
%!endfunction
%!function [f, g] = __leaves_its_argument__ (x)
%!  f = x' * x;
%!  g = 2 * x;
%!endfunction
%!test
%! ## An objective that changes its argument changes only its own copy.
%! opts = struct ("MaxIter", 5, "Display", "off");
%! [x, fX] = fmincg (@__zeroes_its_argument__, [1; 2], opts);
%! [x2, fX2] = fmincg (@__leaves_its_argument__, [1; 2], opts);
%! assert (x, x2)
%! assert (fX, fX2)

## Test input validation
%!error <Invalid call> fmincg (@sin)
%!error <F must be callable, got 1> fmincg (1, [1; 2])
%!error <the starting point must be a real numeric column vector, got an array of size 1x2> fmincg (@sin, [1 2])
%!error <OPTIONS must map option names such as MaxIter to values, got 5> fmincg (@sin, 1, 5)
%!error <the MaxIter option must be a non-zero integer, or \[integer, reduction\], got 0> fmincg (@sin, 1, struct ("MaxIter", 0))
%!error <the MaxIter option must be a non-zero integer, or \[integer, reduction\], got 2.5> fmincg (@sin, 1, struct ("MaxIter", 2.5))
%!error <the MaxIter option must be a non-zero integer, or \[integer, reduction\], got "a"> fmincg (@sin, 1, struct ("MaxIter", "a"))
%!error <fmincg: the value of F must be a real scalar, got an array of size 2x1> fmincg (@(x) deal (x, x), [1; 2])
%!error <fmincg: the value of F must be a real scalar, got a complex array of size 1x1> fmincg (@(x) deal (sqrt (-1), x), [1; 2])
%!error <fmincg: the gradient of F must be an n-by-1 column \(X is 3x1, so n = 3; the gradient of F is 1x1\)> fmincg (@max, [1; 2; 3])
%!error <fmincg: the gradient of F must be an n-by-1 column \(X is 2x1, so n = 2; the gradient of F is 1x2\)> fmincg (@(x) deal (x' * x, 2 * x'), [1; 2])
%!error <fmincg: the gradient of F must be a real numeric n-by-1 column, got "abc"> fmincg (@(x) deal (x' * x, "abc"), [1; 2])
%!error <fmincg: the gradient of F must be a real numeric n-by-1 column, got a cell array of size 2x1> fmincg (@(x) deal (x' * x, {1; 2}), [1; 2])
