/** What Next gives a page as its `searchParams` prop. */
export type PageSearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The page's query string as URLSearchParams, as `useSearchParams()` gives it to the page's client view. */
export async function searchParamsOf(searchParams: PageSearchParams): Promise<URLSearchParams> {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(await searchParams)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(name, one);
  }
  return params;
}
