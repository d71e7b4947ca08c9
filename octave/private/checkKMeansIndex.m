## -*- texinfo -*-
## @deftypefn {} {@var{idx} =} checkKMeansIndex (@var{fname}, @var{idx}, @var{X}, @var{K})
## Check the cluster assignments @var{idx} of the rows of @var{X}: an m-by-1
## column whose every element is the index (1 to @var{K}) of a centroid;
## return it as a double.  The message names the first element that is not
## by its ordinal, which reads the same in Octave and in the port (whose
## indices count from 0); it does not print the value, which differs by one.
## @end deftypefn
function idx = checkKMeansIndex (fname, idx, X, K)
  idx = checkColumn (fname, "IDX", idx, "M", rows (X), "X", X);
  bad = find (! (idx == fix (idx) & idx >= 1 & idx <= K), 1);
  if (! isempty (bad))
    error ("%s: IDX must be the index of one of the K = %d centroids in each element, but its %s element is not",
           fname, K, ordinalText (bad));
  endif
endfunction
