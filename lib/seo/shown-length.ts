// How much of a title and a description a search result shows (Google cuts by pixel width; these are its usual counts).
export const SEO_SHOWN_LENGTH = { title: 60, description: 155 } as const;
