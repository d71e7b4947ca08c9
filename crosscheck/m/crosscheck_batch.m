## -*- texinfo -*-
## @deftypefn {} {[@var{status}, @var{outputs}, @var{messages}, @var{seconds}] =} crosscheck_batch (@var{names}, @var{nouts}, @var{arglists})
## Run several function calls in one round trip from Python (each oct2py call
## costs about 17 ms however small).  Call @var{k} is
## @code{[out@{1:nouts(k)@}] = feval (names@{k@}, arglists@{k@}@{:@})}; an error
## in one call is caught and reported for that call alone.
##
## An argument that is a struct with a field @code{crosscheck_handle} (a
## function name) and a field @code{bound} (a cell) stands for the function
## handle @code{@@(x, varargin) feval (crosscheck_handle, x, bound@{:@},
## varargin@{:@})} (more arguments, such as fmincg's P1, P2, go after the bound
## ones): Python cannot send a handle, so it sends this and the handle is made
## here.  An optional field @code{nudge} (1 or -1; 0 or absent: none) makes it
## instead the handle @code{@@(x, varargin) crosscheck_nudge
## (crosscheck_handle, x, [bound, varargin], nudge)}: the
## function's value, and each non-zero element of its gradient, moved one unit
## in the last place toward +Inf (1) or -Inf (-1), for a perturbation
## experiment.  A struct that does not make a handle is an error of its call.
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
    t0 = tic ();
    try
      for j = 1:numel (args)
        if (isstruct (args{j}) && isfield (args{j}, "crosscheck_handle"))
          args{j} = bind (args{j});
        endif
      endfor
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

function h = bind (spec)
  name = spec.crosscheck_handle;
  bound = spec.bound;
  if (isempty (bound))  # an empty tuple may arrive as an empty double
    bound = {};
  endif
  nudge = 0;
  if (isfield (spec, "nudge") && ! isempty (spec.nudge))
    nudge = spec.nudge;
  endif
  if (! (isnumeric (nudge) && isscalar (nudge) && any (nudge == [-1, 0, 1])))
    error ("crosscheck_batch: the nudge of a handle must be 1, -1 or 0");
  elseif (nudge == 0)
    h = @(x, varargin) feval (name, x, bound{:}, varargin{:});
  else
    h = @(x, varargin) crosscheck_nudge (name, x, [bound(:).', varargin], nudge);
  endif
endfunction

%!test
%! ## An error is its own call's; the others still answer.
%! [status, outputs, messages] = crosscheck_batch ({"plus", "error", "deal"}, [1, 0, 2],
%!                                                {{1, 2}, {"xc: boom"}, {5}});
%! assert (status, {"ok", "error", "ok"})
%! assert (outputs{1}, {3})
%! assert (outputs{3}, {5, 5})
%! assert (messages, {"", "xc: boom", ""})

%!test
%! ## A handle struct, plain and nudged (toward +Inf, then -Inf).
%! spec = struct ("crosscheck_handle", "deal", "bound", {{}});
%! [~, outputs] = crosscheck_batch ({"feval"}, 2, {{spec, [2; 0]}});
%! assert (outputs{1}, {[2; 0], [2; 0]})
%! spec.nudge = 1;
%! [~, outputs] = crosscheck_batch ({"feval", "feval"}, [2, 1], {{spec, [2; 0]}, {spec, 2}});
%! assert (outputs{1}, {[2 + 2 * eps; 2^-1074], [2 + 2 * eps; 0]})
%! assert (outputs{2}, {2 + 2 * eps})
%! spec.nudge = -1;
%! [~, outputs] = crosscheck_batch ({"feval"}, 1, {{spec, 2}});
%! assert (outputs{1}, {2 - eps})

%!test
%! spec = struct ("crosscheck_handle", "deal", "bound", {{}}, "nudge", 2);
%! [status, ~, messages] = crosscheck_batch ({"feval"}, 1, {{spec, 2}});
%! assert (status, {"error"})
%! assert (messages, {"crosscheck_batch: the nudge of a handle must be 1, -1 or 0"})
