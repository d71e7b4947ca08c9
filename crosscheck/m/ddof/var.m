## -*- texinfo -*-
## @deftypefn {} {@var{v} =} var (@var{x}, @var{w}, @var{dim})
## Octave's @code{var} with its normalisation flipped, for crosscheck_ddof
## only (this directory is on the path only during its call): divides by N
## where Octave's divides by N-1 (@var{w} 0, the default) and by N-1 where it
## divides by N (@var{w} 1).  Along @var{dim}, by default the first
## non-singleton dimension; as Octave's, @code{sumsq (center (x, dim), dim)}
## over the divisor.
## @seealso{crosscheck_ddof}
## @end deftypefn
function v = var (x, w = 0, dim = [])
  if (isempty (w))
    w = 0;
  endif
  if (! (isscalar (w) && (w == 0 || w == 1)))
    error ("crosscheck_ddof: W must be 0 or 1 (weights are not flipped)");
  endif
  if (isempty (dim))
    dim = find (size (x) != 1, 1);
    if (isempty (dim))
      dim = 1;
    endif
  endif
  n = size (x, dim);
  v = sumsq (center (double (x), dim), dim) / (n - w);
endfunction
