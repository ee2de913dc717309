import "./search.css";

/**
 * A plain GET form to /search: it works before JavaScript loads and the
 * results page is shareable. `id` keeps labels unique when two forms show.
 */
export function SearchForm({
  id = "site-search",
  name = "Search lessons",
  defaultValue,
}: {
  id?: string;
  name?: string;
  defaultValue?: string;
}) {
  return (
    <form role="search" action="/search" method="get" className="search-form" aria-label={name}>
      <label htmlFor={id} className="search-form__label">
        Search lessons
      </label>
      <input id={id} name="q" type="search" defaultValue={defaultValue} className="search-form__input" placeholder="e.g. kube-proxy" />
      <button type="submit" className="button button--secondary search-form__button">
        Search
      </button>
    </form>
  );
}
