## -*- texinfo -*-
## @deftypefn {} {[@dots{}] =} xc_test_die (@dots{})
## Test helper for the harness: kills its own Octave process, as a crash would
## (whatever its arguments: it stands in for an objective too).
## @end deftypefn
function varargout = xc_test_die (varargin)
  kill (getpid (), 9);
endfunction
