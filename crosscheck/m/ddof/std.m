## -*- texinfo -*-
## @deftypefn {} {@var{s} =} std (@var{x}, @var{w}, @var{dim})
## Octave's @code{std} with its normalisation flipped, for crosscheck_ddof
## only: the square root of the flipped @code{var} beside this file.
## @seealso{crosscheck_ddof}
## @end deftypefn
function s = std (varargin)
  s = sqrt (var (varargin{:}));
endfunction
