## -*- texinfo -*-
## @deftypefn {} {[@dots{}] =} crosscheck_ddof (@var{name}, @dots{})
## Call the function @var{name} with the remaining arguments as it is, except
## that @code{std} and @code{var} (wherever it calls them) divide by N where
## Octave's divide by N-1, and by N-1 where they are asked to divide by N: the
## mismatch doctor's rerun for a port that got the normalisation of a
## standard deviation wrong (@code{np.std} divides by N).  The flipped
## functions live in the @file{ddof} directory beside this file; it is on the
## path only for the call.
## @seealso{crosscheck_batch, std, var}
## @end deftypefn
function varargout = crosscheck_ddof (name, varargin)
  if (nargin < 1 || ! ischar (name))
    error ("crosscheck_ddof: NAME must be a function name");
  endif
  flipped = fullfile (fileparts (mfilename ("fullpath")), "ddof");
  state = warning ("off", "Octave:shadowed-function");
  addpath (flipped);
  unwind_protect
    [varargout{1:max (nargout, 1)}] = feval (name, varargin{:});
  unwind_protect_cleanup
    rmpath (flipped);
    warning (state);
  end_unwind_protect
endfunction

%!test
%! x = [1; 2; 3; 4];
%! assert (crosscheck_ddof ("std", x), sqrt (1.25), eps)
%! assert (crosscheck_ddof ("var", x), 1.25, eps)
%! assert (crosscheck_ddof ("var", x, 1), 5 / 3, eps)
%! assert (crosscheck_ddof ("std", [1, 2; 3, 5]), [1, 1.5])
%! assert (crosscheck_ddof ("std", [1, 2, 4], 0, 1), [0, 0, 0])
%! ## Only for the call: std is Octave's again after it.
%! assert (std (x), sqrt (5 / 3), eps)

%!test
%! ## Through a function that calls std, with several outputs.
%! [m, s] = crosscheck_ddof ("deal", 1, 2);
%! assert ([m, s], [1, 2])

%!error <NAME must be a function name> crosscheck_ddof (1)
%!error <crosscheck_ddof: W must be 0 or 1> crosscheck_ddof ("var", [1, 2], [1, 1])
