/**
 * How many manager posts are filled with each wave's coordinators, in the implementation plan's model:
 * with each wave, as many as the span needs for the coordinators recruited so far (at least one), up to
 * the programme's managers; the last wave takes any posts left. A post the programme lead holds from the
 * start is filled already, so it is not counted in any wave.
 *
 * @param waveCoordinators the coordinators of each wave (full-time equivalents), in order
 * @param span how many coordinators one manager supports
 * @param managers the programme's manager posts
 * @param leadHoldsOne whether the programme lead holds one of the posts from the start
 */
export function managerPostsByWave(
  waveCoordinators: readonly number[],
  span: number,
  managers: number,
  leadHoldsOne: boolean,
): number[] {
  let filled = leadHoldsOne ? 1 : 0;
  let coordinators = 0;
  return waveCoordinators.map((waveFte, index) => {
    coordinators += waveFte;
    const needed =
      index === waveCoordinators.length - 1
        ? managers
        : Math.min(managers, Math.max(1, Math.ceil(coordinators / span - 1e-9)));
    const added = Math.max(0, needed - filled);
    filled += added;
    return added;
  });
}
