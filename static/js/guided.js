// Guided session: one exercise at a time, a 3-2-1 get-ready countdown before a timed hold,
// the hold timer, a rest timer after every set, and the sets done counted into the log form.
// Progressive enhancement: without this script the page is a list of steps and the form.
// Timers speak through a polite live region (no sound, no colour alone). A static file
// because the Content-Security-Policy forbids inline scripts.
(() => {
  "use strict";

  const GET_READY = 3;
  const panel = document.querySelector("[data-guided-panel]");
  const steps = Array.from(document.querySelectorAll("[data-guided-step]"));
  const formSection = document.querySelector("[data-guided-form]");
  const textBlock = document.getElementById("guided-text");
  if (!panel || !steps.length || !formSection || !textBlock) {
    return;
  }
  const text = JSON.parse(textBlock.textContent);
  const say = (key, values = {}) =>
    text[key].replace(/\{(\w+)\}/g, (_match, name) => String(values[name] ?? ""));

  const live = panel.querySelector("[data-live]");
  const timerView = panel.querySelector("[data-timer]");
  const setsView = panel.querySelector("[data-sets-done]");
  const buttons = {};
  panel.querySelectorAll("[data-action]").forEach((button) => {
    buttons[button.dataset.action] = button;
  });

  const exercises = steps.map((step) => ({
    step,
    name: step.dataset.name,
    sets: Number(step.dataset.sets) || 0,
    hold: Number(step.dataset.hold) || 0,
    rest: Number(step.dataset.rest) || 0,
    field: step.dataset.field,
    done: 0,
  }));

  // mode: "idle" (before a set), "ready" (3-2-1), "hold", "reps" (counting reps by hand),
  // "rest", "complete" (all sets of this exercise done).
  const state = { index: 0, mode: "idle", left: 0, paused: false, timer: null };
  let wakeLock = null;

  const current = () => exercises[state.index];
  const isLast = () => state.index === exercises.length - 1;

  function announce(message) {
    live.textContent = message;
  }

  function clock(seconds) {
    const minutes = Math.floor(seconds / 60);
    return `${minutes}:${String(seconds % 60).padStart(2, "0")}`;
  }

  function show(...names) {
    Object.entries(buttons).forEach(([name, button]) => {
      button.hidden = !names.includes(name);
    });
    const first = buttons[names[0]];
    if (first && panel.contains(document.activeElement) && document.activeElement.hidden) {
      first.focus();
    }
    return first;
  }

  function render() {
    const exercise = current();
    steps.forEach((step, i) => {
      step.hidden = i !== state.index;
    });
    setsView.textContent = say("sets_done", { n: exercise.done, total: exercise.sets });
    const timing = ["ready", "hold", "rest"].includes(state.mode);
    timerView.hidden = !timing;
    timerView.textContent = timing ? clock(state.left) : "";
    panel.classList.toggle("guided-panel--paused", state.paused);
  }

  function controls() {
    if (state.paused) {
      return show("resume");
    }
    switch (state.mode) {
      case "ready":
      case "hold":
        return show("pause");
      case "reps":
        return show("done", "pause");
      case "rest":
        return show("skip", "pause");
      case "complete":
        return show(isLast() ? "finish" : "next");
      default:
        return show("start", isLast() ? "finish" : "next");
    }
  }

  function update(focus = false) {
    render();
    const primary = controls();
    if (focus && primary) {
      primary.focus();
    }
  }

  function stopTimer() {
    if (state.timer !== null) {
      window.clearInterval(state.timer);
      state.timer = null;
    }
  }

  function startTimer(seconds, mode) {
    stopTimer();
    state.mode = mode;
    state.left = seconds;
    state.timer = window.setInterval(tick, 1000);
  }

  function tick() {
    if (state.paused) {
      return;
    }
    state.left -= 1;
    if (state.left > 0) {
      if (state.mode === "ready") {
        announce(say("get_ready", { n: state.left }));
      } else if (state.left === 10 && (state.mode === "hold" || state.mode === "rest")) {
        announce(say("ten_left"));
      }
      render();
      return;
    }
    stopTimer();
    if (state.mode === "ready") {
      startHold();
    } else if (state.mode === "hold") {
      setDone();
    } else if (state.mode === "rest") {
      state.mode = "idle";
      announce(say("rest_over"));
      update(true);
    }
  }

  function startHold() {
    startTimer(current().hold, "hold");
    announce(say("hold_start", { n: current().hold }));
    update(true);
  }

  function setDone() {
    const exercise = current();
    exercise.done = Math.min(exercise.sets, exercise.done + 1);
    fillForm();
    if (exercise.done >= exercise.sets) {
      state.mode = "complete";
      announce(say("exercise_done", { name: exercise.name }));
    } else if (exercise.rest > 0) {
      startTimer(exercise.rest, "rest");
      announce(say("rest_start", { n: exercise.rest }));
    } else {
      state.mode = "idle";
      announce(say("sets_done", { n: exercise.done, total: exercise.sets }));
    }
    update(true);
  }

  function fillForm() {
    exercises.forEach((exercise) => {
      const input = formSection.querySelector(`[name="${exercise.field}"]`);
      if (input) {
        input.value = String(exercise.done);
      }
    });
  }

  async function keepAwake() {
    // Progressive: only where the browser offers the Screen Wake Lock API.
    if (!("wakeLock" in navigator) || wakeLock) {
      return;
    }
    try {
      wakeLock = await navigator.wakeLock.request("screen");
      wakeLock.addEventListener("release", () => {
        wakeLock = null;
      });
    } catch {
      wakeLock = null;
    }
  }

  const actions = {
    start() {
      keepAwake();
      const exercise = current();
      if (exercise.hold > 0) {
        startTimer(GET_READY, "ready");
        announce(say("get_ready", { n: GET_READY }));
      } else {
        state.mode = "reps";
        announce(say("reps"));
      }
      update(true);
    },
    done() {
      setDone();
    },
    pause() {
      state.paused = true;
      announce(say("paused"));
      update(true);
    },
    resume() {
      state.paused = false;
      announce(say("resumed"));
      update(true);
    },
    skip() {
      stopTimer();
      state.mode = "idle";
      update(true);
    },
    next() {
      state.index += 1;
      state.mode = "idle";
      announce("");
      update(true);
      steps[state.index].querySelector("h2").scrollIntoView({ block: "nearest" });
    },
    finish() {
      stopTimer();
      fillForm();
      panel.hidden = true;
      steps.forEach((step) => {
        step.hidden = true;
      });
      formSection.hidden = false;
      if (wakeLock) {
        wakeLock.release();
      }
      announce(say("finished"));
      const heading = formSection.querySelector("h2");
      heading.focus();
    },
  };

  Object.entries(buttons).forEach(([name, button]) => {
    button.addEventListener("click", () => actions[name]());
  });
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible" && state.timer !== null) {
      keepAwake();
    }
  });

  panel.hidden = false;
  formSection.hidden = true;
  fillForm();
  update();
})();
