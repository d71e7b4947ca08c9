## -*- texinfo -*-
## @deftypefn {} {@var{randidx} =} checkKMeansDraws (@var{fname}, @var{randidx}, @var{X}, @var{K})
## Check the random permutation @var{randidx} that picks the initial
## centroids among the rows of @var{X}: a vector (row or column, as
## @code{randperm} gives it) of at least @var{K} elements whose first
## @var{K} are distinct row indices of @var{X} (1 to m); return it as a
## double.  The elements after the @var{K}th are not used.
## @end deftypefn
function randidx = checkKMeansDraws (fname, randidx, X, K)
  if (! ((isnumeric (randidx) || islogical (randidx)) && isreal (randidx)))
    error ("%s: RANDIDX must be a real numeric vector, got %s", fname, valueText (randidx));
  endif
  if (! (isvector (randidx) && numel (randidx) >= K))
    ## the size, not the value: a number is an index, one more in Octave than in the port
    error ("%s: RANDIDX must be a vector of at least K = %d elements (RANDIDX is %s)",
           fname, K, shapeText (randidx));
  endif
  randidx = double (randidx);
  first = randidx(1:K);
  m = rows (X);
  bad = find (! (first == fix (first) & first >= 1 & first <= m), 1);
  if (! isempty (bad))
    error ("%s: RANDIDX must hold row indices of X (X is %s), but its %s element is not one",
           fname, shapeText (X), ordinalText (bad));
  endif
  [~, where] = unique (first(:), "first");
  repeat = setdiff (1:K, where);
  if (! isempty (repeat))
    error ("%s: RANDIDX must not repeat a row among its first K = %d elements, but its %s element does",
           fname, K, ordinalText (repeat(1)));
  endif
endfunction
