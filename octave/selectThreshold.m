## -*- texinfo -*-
## @deftypefn {} {[@var{bestEpsilon}, @var{bestF1}] =} selectThreshold (@var{yval}, @var{pval})
## The threshold on the densities @var{pval} that best tells the anomalies
## (@var{yval} 1) from the normal examples (@var{yval} 0), by the F1 score of
## the prediction @code{pval < epsilon}.
##
## The thresholds tried are Octave's range @code{min (pval):stepsize:max (pval)}
## with @code{stepsize = (max (pval) - min (pval)) / 1000}: 1001 values, the i-th
## computed as @code{min (pval) + i*stepsize} (i from 0; not by repeated
## addition) and the last clipped to @code{max (pval)}.  For each,
##
## @example
## tp = sum (predictions & yval), fp = sum (predictions & !yval), fn = sum (!predictions & yval)
## prec = tp / (tp + fp), rec = tp / (tp + fn), F1 = 2 * prec * rec / (prec + rec)
## @end example
##
## @noindent
## and a threshold is kept when its F1 is strictly greater than the best so
## far, which starts at 0 with @var{bestEpsilon} 0.  Where no example is
## predicted (tp + fp = 0) or none is an anomaly (tp + fn = 0), a precision or
## recall is 0/0 = NaN, and so is F1 when tp = 0: NaN is never greater, so such
## a threshold is never kept, nor one of F1 0.  Hence (0, 0) when no threshold
## finds an anomaly: for instance when all of @var{pval} are equal (the range
## is then empty), all NaN, or reach +-Inf (the range is then one NaN).  NaN
## densities are ignored by @code{min} and @code{max} and never predicted.
##
## @var{yval} and @var{pval} are vectors (rows or columns) of the same number of
## elements; @var{yval} is logical or numeric 0 and 1.
## @seealso{multivariateGaussian, estimateGaussian}
## @end deftypefn
function [bestEpsilon, bestF1] = selectThreshold (yval, pval)
  if (nargin != 2)
    print_usage ();
  endif
  [yval, pval] = checkAnomalyThresholdArgs ("selectThreshold", yval, pval);
  pmin = min (pval);
  pmax = max (pval);
  stepsize = (pmax - pmin) / 1000;

  bestEpsilon = 0;
  bestF1 = 0;
  for epsilon = pmin:stepsize:pmax
    predictions = pval < epsilon;
    tp = sum (predictions & yval);
    fp = sum (predictions & ! yval);
    fn = sum (! predictions & yval);
    prec = tp / (tp + fp);
    rec = tp / (tp + fn);
    F1 = 2 * prec * rec / (prec + rec);
    if (F1 > bestF1)
      bestF1 = F1;
      bestEpsilon = epsilon;
    endif
  endfor
endfunction

%!test
%! ## Two anomalies with the two lowest densities: a threshold just above them finds both and
%! ## nothing else (F1 1); the first such threshold is kept.
%! pval = [0.5; 0.01; 0.4; 0.02; 0.3; 0.6];
%! yval = [0; 1; 0; 1; 0; 0];
%! [e, F1] = selectThreshold (yval, pval);
%! assert (F1, 1)
%! s = (0.6 - 0.01) / 1000;
%! assert (e, 0.01 + 17 * s)
%! assert (e > 0.02 && e - s <= 0.02)

%!test
%! ## F1 from precision and recall: the anomalies 0.2 and 0.5 are not separable from 0.3.
%! [e, F1] = selectThreshold (logical ([0 1 0 1]), [0.3 0.2 0.9 0.5]);
%! assert (F1, 2 * (2/3) * 1 / (2/3 + 1), eps)
%! assert (e > 0.5 && e <= 0.5 + 0.0007)

%!test
%! ## The thresholds are min + i*stepsize (the range's own elements, not a running sum).
%! pval = [0.7; 0.1; 0.3];
%! [e, F1] = selectThreshold ([0; 1; 0], pval);
%! r = 0.1:(0.6 / 1000):0.7;
%! assert (numel (r), 1001)
%! assert (e, r(find (r > 0.1, 1)))
%! assert (e, 0.1 + 1 * (0.6 / 1000))
%! assert (F1, 1)

%!test
%! ## Nothing to find: no anomaly, equal densities (an empty range), all NaN, or an Inf
%! ## (a one-element NaN range) give bestEpsilon 0 and bestF1 0.
%! assert (nthargout (1:2, @selectThreshold, [0; 0; 0], [0.1; 0.2; 0.3]), {0, 0})
%! assert (nthargout (1:2, @selectThreshold, [1; 0; 0], [0.2; 0.2; 0.2]), {0, 0})
%! assert (nthargout (1:2, @selectThreshold, [1; 0], [NaN; NaN]), {0, 0})
%! assert (nthargout (1:2, @selectThreshold, [1; 0], [0.1; Inf]), {0, 0})

%!test
%! ## A NaN density is ignored by min and max and never predicted an anomaly.
%! [e, F1] = selectThreshold ([1; 0; 1; 0], [0.1; NaN; NaN; 0.9]);
%! assert (F1, 2 * 1 * 0.5 / 1.5, eps)
%! assert (e, 0.1 + 0.8 / 1000)

%!test
%! ## Integer and single densities are their values as doubles; labels may be numeric.
%! [e, F1] = selectThreshold (int8 ([1 0 0]), single ([0.25 0.5 0.75]));
%! assert ([e, F1], [0.25 + 0.5 / 1000, 1])
%! assert (class (e), "double")

## Test input validation
%!error <Invalid call> selectThreshold (1)
%!error <selectThreshold: YVAL must be a real numeric vector, got a cell array of size 1x1> selectThreshold ({1}, 1)
%!error <YVAL must be a real numeric vector, got an array of size 2x2> selectThreshold (eye (2), 1:4)
%!error <YVAL must hold labels 0 and 1 only, but its 3rd element is 2> selectThreshold ([0 1 2], [1 2 3])
%!error <YVAL must hold labels 0 and 1 only, but its 1st element is NaN> selectThreshold ([NaN 1], [1 2])
%!error <PVAL must be a real numeric vector, got "p"> selectThreshold ([0 1], "p")
%!error <PVAL must have as many elements as YVAL \(YVAL is 3x1; PVAL is 1x2\)> selectThreshold ([0; 1; 0], [1 2])
%!error <PVAL spans too wide a range for 1000 steps \(max \(PVAL\) - min \(PVAL\) is 1.79769e\+308\)> selectThreshold ([0 1], [0 realmax])
