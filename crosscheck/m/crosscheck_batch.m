## -*- texinfo -*-
## @deftypefn {} {[@var{status}, @var{outputs}, @var{messages}, @var{seconds}] =} crosscheck_batch (@var{names}, @var{nouts}, @var{arglists})
## Run several function calls in one round trip from Python (each oct2py call
## costs about 17 ms however small).  Call @var{k} is
## @code{[out@{1:nouts(k)@}] = feval (names@{k@}, arglists@{k@}@{:@})}; an error
## in one call is caught and reported for that call alone.
##
## @var{status}@{k@} is @qcode{"ok"} or @qcode{"error"}, @var{outputs}@{k@} the
## cell of outputs, @var{messages}@{k@} the error message (empty when ok),
## @var{seconds}(k) the wall time the call took in Octave.
## @end deftypefn
function [status, outputs, messages, seconds] = crosscheck_batch (names, nouts, arglists)
  n = numel (names);
  status = cell (1, n);
  outputs = cell (1, n);
  messages = cell (1, n);
  seconds = zeros (1, n);
  for k = 1:n
    out = cell (1, nouts(k));
    t0 = tic ();
    try
      [out{:}] = feval (names{k}, arglists{k}{:});
      status{k} = "ok";
      messages{k} = "";
    catch err
      status{k} = "error";
      messages{k} = err.message;
      out = {};
    end_try_catch
    seconds(k) = toc (t0);
    outputs{k} = out;
  endfor
endfunction
