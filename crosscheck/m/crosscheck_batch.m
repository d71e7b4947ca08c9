## -*- texinfo -*-
## @deftypefn {} {[@var{status}, @var{outputs}, @var{messages}, @var{seconds}] =} crosscheck_batch (@var{names}, @var{nouts}, @var{arglists})
## Run several function calls in one round trip from Python (each oct2py call
## costs about 17 ms however small).  Call @var{k} is
## @code{[out@{1:nouts(k)@}] = feval (names@{k@}, arglists@{k@}@{:@})}; an error
## in one call is caught and reported for that call alone.
##
## An argument that is a struct with a field @code{crosscheck_handle} (a
## function name) and a field @code{bound} (a cell) stands for the function
## handle @code{@@(x) feval (crosscheck_handle, x, bound@{:@})}: Python cannot
## send a handle, so it sends this and the handle is made here.
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
    args = arglists{k};
    for j = 1:numel (args)
      if (isstruct (args{j}) && isfield (args{j}, "crosscheck_handle"))
        args{j} = bind (args{j}.crosscheck_handle, args{j}.bound);
      endif
    endfor
    t0 = tic ();
    try
      [out{:}] = feval (names{k}, args{:});
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

function h = bind (name, bound)
  h = @(x) feval (name, x, bound{:});
endfunction
